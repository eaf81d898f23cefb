import type { TFunction } from 'i18next';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextViewData, ProvisionData } from './api.ts';
import { participantName, provisionLabels } from './model.ts';
import { UserText } from '../shared/components/UserText.tsx';
import { ProvisionStateBadge, TextStanceBadge } from './badges.tsx';
import { TextStanceModal, type TextStanceTarget } from './TextStanceModal.tsx';
import { Wording } from './Wording.tsx';

const NONE: TextViewData['stances'] = [];

export function ProvisionList({ doc, editable }: { doc: TextViewData; editable: boolean }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<TextStanceTarget | null>(null);
  const labels = provisionLabels(doc.revision.provisions);
  const byProvision = new Map<string, TextViewData['stances']>();
  for (const s of doc.stances) {
    byProvision.set(s.provisionId, [...(byProvision.get(s.provisionId) ?? []), s]);
  }
  const provisions = doc.revision.provisions;
  return (
    <Stack gap="xs" component="section" aria-labelledby="provisions-title">
      <Title order={3} id="provisions-title">
        {t('texts.provisions')}
      </Title>
      {provisions.map((p, i) => (
        <Fragment key={p.id}>
          {(i === 0 || provisions[i - 1]!.part !== p.part) && p.depth === 1 && (
            <Title order={4}>
              {t(p.part === 'preamble' ? 'texts.preamble' : 'texts.operative')}
            </Title>
          )}
          <ProvisionItem
            doc={doc}
            provision={p}
            stances={byProvision.get(p.id) ?? NONE}
            label={labels.get(p.id) ?? ''}
            editable={editable}
            onStance={setTarget}
          />
        </Fragment>
      ))}
      <TextStanceModal doc={doc} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}

interface ItemProps {
  doc: TextViewData;
  stances: TextViewData['stances'];
  provision: ProvisionData;
  label: string | number;
  editable: boolean;
  onStance: (target: TextStanceTarget) => void;
}

export const provisionName = (t: TFunction, p: ProvisionData, label: string | number): string =>
  p.number === null
    ? t('texts.preambleParagraph', { n: String(label) })
    : t('texts.paragraph', { n: String(label) });

const ProvisionItem = memo(function ProvisionItem({
  doc,
  provision: p,
  stances,
  label,
  editable,
  onStance,
}: ItemProps) {
  const { t } = useTranslation();
  const name = provisionName(t, p, label);
  return (
    // Plain elements: a long text has hundreds of provisions, and each must stay cheap to render.
    <div
      className="parley-provision"
      data-state={p.state ?? 'none'}
      data-provision={p.number ?? `p${label}`}
      style={{ marginInlineStart: (p.depth - 1) * 24 }}
    >
      <b className="parley-number">{p.number ?? ''}</b>
      <div className="parley-provision-body">
        <p
          className="parley-wording"
          dir="auto"
          lang={doc.language}
          style={{
            fontStyle: p.part === 'preamble' ? 'italic' : undefined,
            fontWeight: p.heading ? 700 : undefined,
          }}
        >
          <Wording doc={doc} content={p.content} />
        </p>
        <div className="parley-provision-meta">
          {p.state !== null && <ProvisionStateBadge state={p.state} />}
          {p.counts !== null && (
            <Text size="xs" c="dimmed">
              {t('texts.counts', {
                agree: p.counts.agree,
                ad: p.counts.agree_ad_referendum,
                object: p.counts.object,
                reserve: p.counts.reserve,
                none: p.counts.none,
              })}
            </Text>
          )}
          {stances.map((s) => (
            <Group key={s.participantId} gap={4}>
              <Text size="xs">
                <UserText>{participantName(doc, s.participantId)}</UserText>
              </Text>
              <TextStanceBadge stance={s.stance} />
              {s.comment !== '' && (
                <Text size="xs" c="dimmed">
                  <UserText>{s.comment}</UserText>
                </Text>
              )}
            </Group>
          ))}
          {editable &&
            doc.viewer.speaksFor.map((party) => (
              <Button
                key={party}
                size="compact-xs"
                variant="light"
                aria-label={`${t('texts.stances.set')}: ${name} (${participantName(doc, party)})`}
                onClick={() => onStance({ provision: p, name, party })}
              >
                {t('texts.stances.set')}
              </Button>
            ))}
        </div>
      </div>
    </div>
  );
});
