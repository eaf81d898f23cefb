import { Box, Group, NativeSelect, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposals, useRedline, type TextViewData, type RedlineData } from './api.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { participantName, runsOf, type RedlinePiece } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { ProposalCard } from './ProposalsPanel.tsx';

export function RedlinePanel({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  // Until the reader picks, the redline follows the revision shown against the one before.
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(null);
  const to = picked?.to ?? doc.revision.number;
  const from = picked?.from ?? Math.max(1, doc.revision.number - 1);
  const data = doc.revisions.map((r) => ({
    value: String(r.number),
    label: t('texts.revisionLabel', { n: r.number, label: isolate(r.label) }),
  }));
  if (doc.revisions.length < 2) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="redline-title">
      <Title order={3} id="redline-title">
        {t('texts.redline.title')}
      </Title>
      <Group grow maw={760}>
        <NativeSelect
          label={t('texts.redline.from')}
          value={String(from)}
          onChange={(e) => setPicked({ from: Number(e.currentTarget.value), to })}
          data={data}
        />
        <NativeSelect
          label={t('texts.redline.to')}
          value={String(to)}
          onChange={(e) => setPicked({ from, to: Number(e.currentTarget.value) })}
          data={data}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('texts.redline.legend')}
      </Text>
      {from === to ? (
        <EmptyText>{t('texts.redline.same')}</EmptyText>
      ) : (
        <RedlineBody doc={doc} from={from} to={to} />
      )}
    </Stack>
  );
}

function RedlineBody({ doc, from, to }: { doc: TextViewData; from: number; to: number }) {
  const { t } = useTranslation();
  const redline = useRedline(doc.id, from, to);
  return (
    <QueryView query={redline}>
      {(r) => (
        <Stack gap={6} className="parley-redline">
          <Text size="sm">
            {t('texts.redline.stats', {
              inserted: t('texts.redline.insertedWords', { count: r.inserted }),
              deleted: t('texts.redline.deletedWords', { count: r.deleted }),
            })}
          </Text>
          {r.provisions.every((p) => p.change === 'unchanged') && (
            <EmptyText>{t('texts.redline.noChanges')}</EmptyText>
          )}
          {r.provisions.map((p) => (
            <RedlineProvision key={p.provisionId} doc={doc} provision={p} />
          ))}
          <TakenIn doc={doc} from={from} to={to} />
        </Stack>
      )}
    </QueryView>
  );
}

type RedlineProvisionData = RedlineData['provisions'][number];

function RedlineProvision({
  doc,
  provision: p,
}: {
  doc: TextViewData;
  provision: RedlineProvisionData;
}) {
  const { t } = useTranslation();
  return (
    <Box ms={(p.depth - 1) * 24} data-change={p.change} className="parley-redline-provision">
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Text fw={700} miw={32}>
          {p.numberAfter ?? p.numberBefore ?? ''}
        </Text>
        <Stack gap={2} style={{ flex: 1 }}>
          {(p.change === 'added' || p.change === 'removed') && (
            <Text size="xs" fw={600}>
              {t(`texts.redline.${p.change}`)}
            </Text>
          )}
          <Text dir="auto" lang={doc.language} fs={p.part === 'preamble' ? 'italic' : undefined}>
            {runsOf(p.pieces).map((run, i) => {
              const inner = <Tokens doc={doc} pieces={run.pieces} first={i === 0} />;
              if (run.change === 'insert') {
                return (
                  <ins key={i} className="parley-ins">
                    <VisuallyHidden>{t('texts.redline.inserted')}: </VisuallyHidden>
                    {inner}
                  </ins>
                );
              }
              if (run.change === 'delete') {
                return (
                  <del key={i} className="parley-del">
                    <VisuallyHidden>{t('texts.redline.deleted')}: </VisuallyHidden>
                    {inner}
                  </del>
                );
              }
              return <span key={i}>{inner}</span>;
            })}
          </Text>
        </Stack>
      </Group>
    </Box>
  );
}

/** Tokens with spaces between them, except inside the square brackets' edges. */
function Tokens({
  doc,
  pieces,
  first,
}: {
  doc: TextViewData;
  pieces: readonly RedlinePiece[];
  first: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {pieces.map((piece, i) => {
        const token = piece.token;
        const space = (i > 0 || !first) && token.t !== 'close' && token.t !== 'option';
        let body: string | null;
        switch (token.t) {
          case 'word':
            body = token.text;
            break;
          case 'open':
            body = '[';
            break;
          case 'close':
            body = ']';
            break;
          case 'separator':
            body = '/';
            break;
          case 'delete_option':
            body = t('texts.deleteOption');
            break;
          case 'option':
            body = null;
            break;
        }
        return (
          <Fragment key={i}>
            {token.t === 'option' ? (
              token.proposerId !== null ? (
                <sup className="parley-proposer">
                  {' '}
                  ({t('texts.proposedBy', { name: participantName(doc, token.proposerId) })})
                </sup>
              ) : token.proposalId !== null ? (
                <sup className="parley-proposer"> ({t('texts.withheld')})</sup>
              ) : null
            ) : (
              <>
                {space && !(i > 0 && pieces[i - 1]!.token.t === 'open') ? ' ' : ''}
                {body}
              </>
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** The proposals taken in between the two revisions, with their proposers (when the viewer may see them). */
function TakenIn({ doc, from, to }: { doc: TextViewData; from: number; to: number }) {
  const { t } = useTranslation();
  const proposals = useProposals(doc.id);
  const [low, high] = from < to ? [from, to] : [to, from];
  const ids = new Set(
    doc.revisions.filter((r) => r.number > low && r.number <= high).flatMap((r) => r.proposalIds),
  );
  const taken = (proposals.data ?? []).filter((p) => ids.has(p.id));
  if (taken.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('texts.redline.takenIn')}
      </Text>
      {taken.map((p) => (
        <ProposalCard key={p.id} doc={doc} proposal={p} />
      ))}
    </Stack>
  );
}
