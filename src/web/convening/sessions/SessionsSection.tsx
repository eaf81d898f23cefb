import { Stack, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { may, sessionsByStart } from '../round.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { ChangeFormatModal } from './ChangeFormatModal.tsx';
import { ScheduleSessionForm } from './ScheduleSessionForm.tsx';
import { SessionChannelsSetting } from './SessionChannelsSetting.tsx';
import { SessionItem } from './SessionItem.tsx';
import { useNow } from './use-now.ts';

export function SessionsSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState<SessionView | null>(null);
  const sessions = sessionsByStart(round);
  const now = useNow();
  const active = sessions.filter((s) => Date.parse(s.startsAt) <= now).length - 1;

  return (
    <Stack gap="lg">
      <Title order={2}>{t('round.tabs.sessions')}</Title>
      {sessions.length === 0 ? (
        <EmptyText>{t('sessions.empty')}</EmptyText>
      ) : (
        <Timeline active={active} bulletSize={18} lineWidth={2} aria-label={t('sessions.timeline')}>
          {sessions.map((s) => (
            <Timeline.Item key={s.id}>
              <SessionItem round={round} session={s} now={now} onChangeFormat={setChanging} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {may(round, 'round.setSettings') && <SessionChannelsSetting round={round} />}
      {may(round, 'session.schedule') && <ScheduleSessionForm round={round} />}
      <ChangeFormatModal round={round} session={changing} onClose={() => setChanging(null)} />
    </Stack>
  );
}
