import {
  Alert,
  Anchor,
  Badge,
  Box,
  Grid,
  Group,
  NativeSelect,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useTextLive } from '../shared/api/live.ts';
import { ApiError } from '../shared/api/client.ts';
import { useProposals, useText, type TextViewData } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { QueryView } from '../shared/components/QueryView.tsx';
import { Success } from '../shared/components/Success.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { AdoptionPanel } from './AdoptionPanel.tsx';
import { AdoptedBadge, ProvisionStateBadge } from './badges.tsx';
import { DraftingDesk } from './DraftingDesk.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { LanguageVersions } from './LanguageVersions.tsx';
import { Outline, OutlineSelect } from './Outline.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';
import { ProvisionList } from './ProvisionList.tsx';
import { RedlinePanel } from './RedlinePanel.tsx';
import { useDesk } from './use-desk.ts';

interface Props {
  round: RoundView;
  textId: string;
  revision: number | undefined;
}

export function TextPage({ round, textId, revision }: Props) {
  const { t } = useTranslation();
  const doc = useText(textId, revision);
  useTextLive(textId, round.id);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="?tab=texts">
        {t('texts.back')}
      </Anchor>
      <QueryView query={doc}>{(d) => <TextBody doc={d} />}</QueryView>
    </Stack>
  );
}

/** The tabs of a text page; the one open lives in the URL (`pane`), the text when none is named. */
const PANES = ['text', 'proposals', 'redline', 'languages', 'adoption', 'draft'] as const;
type Pane = (typeof PANES)[number];

function RevisionSelect({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  return (
    <NativeSelect
      label={t('texts.revision')}
      maw={420}
      value={String(doc.revision.number)}
      onChange={(e) => {
        const n = Number(e.currentTarget.value);
        setParams((prev) => {
          const next = new URLSearchParams(prev);
          if (n === doc.currentRevision) next.delete('revision');
          else next.set('revision', String(n));
          // A past revision has no draft of its own.
          if (next.get('pane') === 'draft') next.delete('pane');
          return next;
        });
      }}
      data={doc.revisions.map((r) => ({
        value: String(r.number),
        label: t('texts.revisionLabel', { n: r.number, label: isolate(r.label) }),
      }))}
    />
  );
}

function TextHeader({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2}>
        <UserText>{doc.title}</UserText>
      </Title>
      <Group gap="sm">
        <Badge variant="outline" color="gray">
          {t(`vocab.textKind.${doc.kind}`)}
        </Badge>
        <Text size="sm">
          {t('texts.textState', { state: t(`vocab.provisionState.${doc.state}`) })}
        </Text>
        <ProvisionStateBadge state={doc.state} />
        {doc.adoption?.adoptedAt != null && <AdoptedBadge />}
        <Text size="sm" c="dimmed">
          {t('texts.bracketsLeft', { count: doc.brackets })}
        </Text>
      </Group>
    </Stack>
  );
}

/** Which tabs the viewer has, and the one open. */
function usePanes(doc: TextViewData, drafts: boolean) {
  const [params, setParams] = useSearchParams();
  const proposals = useProposals(doc.id);
  // Observers may not see proposals at all: the tab is simply absent for them.
  const refused = proposals.error instanceof ApiError && proposals.error.status === 403;
  const panes = PANES.filter((p) => (p !== 'proposals' || !refused) && (p !== 'draft' || drafts));
  const requested = params.get('pane');
  const pane: Pane = panes.find((p) => p === requested) ?? 'text';
  const open = (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null || value === 'text') next.delete('pane');
        else next.set('pane', value);
        return next;
      },
      { replace: true },
    );
  const waiting = (proposals.data ?? []).filter((p) => p.status === 'pending').length;
  return { panes, pane, open, waiting };
}

function TextBody({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const past = doc.revision.number !== doc.currentRevision;
  const frozen = doc.adoption !== null;
  const drafts = !past && !frozen && doc.viewer.penholder;
  const { panes, pane, open, waiting } = usePanes(doc, drafts);
  const proposals = useProposals(doc.id);
  const desk = useDesk(doc, proposals.data);
  const [issued, setIssued] = useState<number | null>(null);
  // Once the view shows the revision just issued, the desk starts afresh on it.
  useEffect(() => {
    if (issued !== null && doc.currentRevision >= issued && desk.base.number < issued)
      desk.restart();
  }, [issued, doc.currentRevision, desk]);
  return (
    <Stack gap="lg">
      <TextHeader doc={doc} />
      <RevisionSelect doc={doc} />
      {past && (
        <Alert color="blue" variant="light">
          {t('texts.pastRevision')}
        </Alert>
      )}
      {issued !== null && <Success>{t('texts.desk.issued', { n: issued })}</Success>}
      <Tabs value={pane} onChange={open} keepMounted={false}>
        <Tabs.List aria-label={t('texts.panes.label')}>
          {panes.map((p) => (
            <Tabs.Tab
              key={p}
              value={p}
              rightSection={
                p === 'proposals' && waiting > 0 ? (
                  <Badge size="sm" circle>
                    {waiting}
                  </Badge>
                ) : undefined
              }
            >
              {t(`texts.panes.${p}`, { n: doc.currentRevision + 1 })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="text" pt="md">
          <ReadingPane doc={doc} editable={!past && !frozen} />
        </Tabs.Panel>
        <Tabs.Panel value="proposals" pt="md">
          <ProposalsPanel doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="redline" pt="md">
          <RedlinePanel doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="languages" pt="md">
          <LanguageVersions doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="adoption" pt="md">
          <AdoptionPanel doc={doc} past={past} />
        </Tabs.Panel>
        {drafts && (
          <Tabs.Panel value="draft" pt="md">
            <DraftingDesk
              doc={doc}
              desk={desk}
              onIssued={(n) => {
                setIssued(n);
                open('redline');
              }}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

/** The text itself, with its outline beside it (or above it on a narrow screen), and its exports. */
function ReadingPane({ doc, editable }: { doc: TextViewData; editable: boolean }) {
  const outlined = useAfterFirstPaint();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
        {outlined && <Outline doc={doc} />}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack gap="lg">
          <Box hiddenFrom="md">{outlined && <OutlineSelect doc={doc} />}</Box>
          {/* Words picked in one revision mean nothing in the next: a new revision starts afresh. */}
          <ProvisionList key={doc.revision.number} doc={doc} editable={editable} />
          <ExportLinks doc={doc} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/**
 * The provisions first, the outline right after: a long text's wording reaches the screen
 * without waiting for the outline of it to render.
 */
function useAfterFirstPaint(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return shown;
}
