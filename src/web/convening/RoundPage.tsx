import { Badge, Stack, Tabs, VisuallyHidden } from '@mantine/core';
import { useAttention } from '../shared/api/attention.ts';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useRound } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { QueryView } from '../shared/components/QueryView.tsx';
import { AgendaSection } from './agenda/AgendaSection.tsx';
import { InvitationsSection } from './invitations/InvitationsSection.tsx';
import { ParticipantsSection } from './participants/ParticipantsSection.tsx';
import { RoundHeader } from './RoundHeader.tsx';
import { ArchiveLinks } from './ArchiveLinks.tsx';
import { SessionsSection } from './sessions/SessionsSection.tsx';
import { TalksSection } from '../talks/index.ts';
import { TextsSection } from '../texts/index.ts';

const TABS = ['participants', 'invitations', 'sessions', 'agenda', 'talks', 'texts'] as const;
type Tab = (typeof TABS)[number];
/** The platform operator reads a round's public facts only: who takes part and the schedule. */
const PUBLIC_TABS: readonly Tab[] = ['participants', 'sessions'];

/** How many things wait for the viewer behind each tab (see GET /api/attention). */
function useWaitingByTab(roundId: string): Partial<Record<Tab, number>> {
  const attention = useAttention();
  const r = attention.data?.rounds.find((x) => x.roundId === roundId);
  if (!r) return {};
  return {
    talks: r.unread + r.pollsAwaitingVote,
    texts: r.proposalsAwaitingPenholder + r.signaturesAwaited,
    invitations: r.invitationsToAnswer,
  };
}

function TabBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="red" variant="filled">
      <span aria-hidden="true">{count}</span>
      <VisuallyHidden>{t('attention.tabBadge', { count })}</VisuallyHidden>
    </Badge>
  );
}

function RoundTabs({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  // The open tab lives in the URL so that it survives reloads and can be linked to.
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tabs = round.viewer.publicFactsOnly ? PUBLIC_TABS : TABS;
  const isTab = (v: string | null): v is Tab =>
    v !== null && (tabs as readonly string[]).includes(v);
  const tab: Tab = isTab(requested) ? requested : 'participants';
  const waiting = useWaitingByTab(round.id);

  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        if (isTab(value)) setParams({ tab: value }, { replace: true });
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('round.sections')}>
        {tabs.map((key) => (
          <Tabs.Tab key={key} value={key} rightSection={<TabBadge count={waiting[key] ?? 0} />}>
            {t(`round.tabs.${key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="participants" pt="md">
        <ParticipantsSection round={round} />
      </Tabs.Panel>
      <Tabs.Panel value="invitations" pt="md">
        <InvitationsSection round={round} />
      </Tabs.Panel>
      <Tabs.Panel value="sessions" pt="md">
        <SessionsSection round={round} />
      </Tabs.Panel>
      <Tabs.Panel value="agenda" pt="md">
        <AgendaSection round={round} />
      </Tabs.Panel>
      <Tabs.Panel value="talks" pt="md">
        <TalksSection round={round} />
      </Tabs.Panel>
      <Tabs.Panel value="texts" pt="md">
        <TextsSection round={round} />
      </Tabs.Panel>
    </Tabs>
  );
}

export function RoundPage() {
  const { id = '' } = useParams();
  const round = useRound(id);
  return (
    <QueryView query={round}>
      {(r) => (
        <Stack gap="lg">
          <RoundHeader round={r} />
          <ArchiveLinks round={r} />
          <RoundTabs round={r} />
        </Stack>
      )}
    </QueryView>
  );
}
