import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextViewData, SegmentData } from './api.ts';
import { participantName } from './model.ts';

export type OptionData = Extract<SegmentData, { type: 'bracket' }>['options'][number];

/** Who proposed an option, per the attribution setting: a name, "withheld", or nothing for original wording. */
export function Proposer({
  doc,
  option,
}: {
  doc: TextViewData;
  option: Pick<OptionData, 'proposerId' | 'proposalId'>;
}) {
  const { t } = useTranslation();
  // Wording that stood in the text when bracketed has neither proposer nor proposal.
  const who =
    option.proposerId !== null
      ? t('texts.proposedBy', { name: participantName(doc, option.proposerId) })
      : option.proposalId !== null
        ? t('texts.withheld')
        : null;
  if (who === null) return null;
  return (
    <sup className="parley-proposer" dir="auto">
      {' '}
      ({who})
    </sup>
  );
}

/** A provision's wording in the customary style: agreed text, then `[option / option]`. */
export function Wording({ doc, content }: { doc: TextViewData; content: readonly SegmentData[] }) {
  const { t } = useTranslation();
  return (
    <>
      {content.map((segment, i) => (
        <Fragment key={segment.type === 'bracket' ? segment.id : `a${i}`}>
          {i > 0 && ' '}
          {segment.type === 'agreed' ? (
            <span>{segment.text}</span>
          ) : (
            <span className="parley-bracket">
              [
              {segment.options.map((o, j) => (
                <Fragment key={o.id}>
                  {j > 0 && ' / '}
                  {o.kind === 'delete' ? (
                    <em className="parley-delete-option">{t('texts.deleteOption')}</em>
                  ) : (
                    <span>{o.text}</span>
                  )}
                  <Proposer doc={doc} option={o} />
                </Fragment>
              ))}
              ]
            </span>
          )}
        </Fragment>
      ))}
    </>
  );
}
