import { Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextViewData } from './api.ts';
import { participantName, runsOf, type RedlinePiece } from './model.ts';
import type { RedlineProvisionData } from './text-model.ts';
import { tokenText } from '../../core/texts/redline.ts';

/** Equal words kept on either side of a change when a redline is shown in brief. */
const CONTEXT = 6;

/**
 * The pieces shown in brief: unchanged words far from any change at the start and the end give
 * way to an ellipsis. Says whether words were left out before and after.
 */
export function brief(pieces: readonly RedlinePiece[]) {
  const changed = pieces.flatMap((p, i) => (p.change === 'equal' ? [] : [i]));
  if (changed.length === 0) return { pieces, before: false, after: false };
  const from = Math.max(0, changed[0]! - CONTEXT);
  const to = Math.min(pieces.length, changed.at(-1)! + 1 + CONTEXT);
  return { pieces: pieces.slice(from, to), before: from > 0, after: to < pieces.length };
}

interface Props {
  doc: TextViewData;
  provision: RedlineProvisionData;
  /** Far unchanged words left out (a proposal's change in a list). */
  short?: boolean;
}

/** One provision of a redline: insertions underlined in green, deletions struck through in red. */
export function RedlineProvision({ doc, provision: p, short = false }: Props) {
  const { t } = useTranslation();
  const shown = short ? brief(p.pieces) : { pieces: p.pieces, before: false, after: false };
  const before = p.numberBefore;
  const after = p.numberAfter;
  return (
    <Box ms={p.depth * 24} data-change={p.change} className="parley-redline-provision">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Text fw={700} miw={32}>
          {after ?? before ?? ''}
        </Text>
        <Stack gap={2} style={{ flex: 1 }}>
          {(p.change === 'added' || p.change === 'removed') && (
            <Text size="xs" fw={600}>
              {t(`texts.redline.${p.change}`)}
            </Text>
          )}
          {p.moved && (
            <Text size="xs" fw={600}>
              {before !== null && before !== after
                ? t('texts.redline.movedFrom', { n: before })
                : t('texts.redline.moved')}
            </Text>
          )}
          <Text dir="auto" lang={doc.language} fs={p.part === 'preamble' ? 'italic' : undefined}>
            {shown.before && '… '}
            {runsOf(shown.pieces).map((run, i, runs) => {
              // The space before a change stays outside its mark, so that no blank is underlined.
              const lead = i > 0 && spaced(run.pieces[0]!.token, runs[i - 1]!.pieces.at(-1)!.token);
              const inner = (
                <Tokens doc={doc} pieces={run.pieces} quiet={short && run.change === 'equal'} />
              );
              if (run.change === 'equal')
                return (
                  <span key={i}>
                    {lead && ' '}
                    {inner}
                  </span>
                );
              const Mark = run.change === 'insert' ? 'ins' : 'del';
              return (
                <Fragment key={i}>
                  {lead && ' '}
                  <Mark className={run.change === 'insert' ? 'parley-ins' : 'parley-del'}>
                    <VisuallyHidden>
                      {t(
                        run.change === 'insert'
                          ? 'texts.redline.inserted'
                          : 'texts.redline.deleted',
                      )}
                      :{' '}
                    </VisuallyHidden>
                    {inner}
                  </Mark>
                </Fragment>
              );
            })}
            {shown.after && ' …'}
          </Text>
        </Stack>
      </Group>
    </Box>
  );
}

/** Whether a space goes before `token` when `before` precedes it: none inside the brackets' edges. */
const spaced = (token: RedlinePiece['token'], before: RedlinePiece['token']) =>
  token.t !== 'close' && token.t !== 'option' && before.t !== 'open';

interface TokensProps {
  doc: TextViewData;
  pieces: readonly RedlinePiece[];
  /** Without the proposers of options the change leaves alone. */
  quiet?: boolean;
}

/** A run's tokens with spaces between them (the space before the run is its caller's). */
function Tokens({ doc, pieces, quiet = false }: TokensProps) {
  const { t } = useTranslation();
  return (
    <>
      {pieces.map((piece, i) => {
        const token = piece.token;
        if (token.t === 'option') {
          if (quiet) return null;
          if (token.proposerId !== null) {
            return (
              <sup key={i} className="parley-proposer">
                {' '}
                ({t('texts.proposedBy', { name: participantName(doc, token.proposerId) })})
              </sup>
            );
          }
          return token.proposalId !== null ? (
            <sup key={i} className="parley-proposer">
              {' '}
              ({t('texts.withheld')})
            </sup>
          ) : null;
        }
        const space = i > 0 && spaced(token, pieces[i - 1]!.token);
        return (
          <Fragment key={i}>
            {space ? ' ' : ''}
            {tokenText(token, t('texts.deleteOption'))}
          </Fragment>
        );
      })}
    </>
  );
}
