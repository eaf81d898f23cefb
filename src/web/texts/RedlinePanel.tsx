import { Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposals, useRedline, type TextViewData } from './api.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { ProposalCard } from './ProposalsPanel.tsx';
import { RedlineProvision } from './RedlineText.tsx';

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
  const title = (
    <Title order={3} id="redline-title">
      {t('texts.redline.title')}
    </Title>
  );
  if (doc.revisions.length < 2) {
    return (
      <Stack gap="xs" component="section" aria-labelledby="redline-title">
        {title}
        <EmptyText>{t('texts.redline.firstRevision')}</EmptyText>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="redline-title">
      {title}
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
  // A long text changes in a few places: those come alone unless the reader asks for the rest.
  const [all, setAll] = useState(false);
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
          <Switch
            label={t('texts.redline.showAll')}
            checked={all}
            onChange={(e) => setAll(e.currentTarget.checked)}
          />
          {r.provisions.every((p) => p.change === 'unchanged') && (
            <EmptyText>{t('texts.redline.noChanges')}</EmptyText>
          )}
          {r.provisions
            .filter((p) => all || p.change !== 'unchanged')
            .map((p) => (
              <RedlineProvision key={p.provisionId} doc={doc} provision={p} />
            ))}
          <TakenIn doc={doc} from={from} to={to} />
        </Stack>
      )}
    </QueryView>
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
