import { Stack, Tabs } from '@mantine/core';
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

function RoundTabs({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  // The open tab lives in the URL so that it survives reloads and can be linked to.
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tabs = round.viewer.publicFactsOnly ? PUBLIC_TABS : TABS;
  const isTab = (v: string | null): v is Tab =>
    v !== null && (tabs as readonly string[]).includes(v);
  const tab: Tab = isTab(requested) ? requested : 'participants';

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
          <Tabs.Tab key={key} value={key}>
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
