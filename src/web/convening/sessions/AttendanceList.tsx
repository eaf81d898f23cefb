import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionPhase } from '../../../core/convening/sessions.ts';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { attendeesOf, may } from '../round.ts';
import { AttendanceBadge } from '../../shared/components/StatusBadge.tsx';
import { isolate } from '../../shared/lib/bidi.ts';
import { dateLocale } from '../../shared/lib/time.ts';
import { UserText } from '../../shared/components/UserText.tsx';
import { AttendanceForm } from './AttendanceForm.tsx';

interface Props {
  round: RoundView;
  session: SessionView;
  phase: SessionPhase;
}

/** Who attended, as recorded; for those who take attendance, the way to take it once it started. */
export function AttendanceList({ round, session, phase }: Props) {
  const { t } = useTranslation();
  const [taking, setTaking] = useState(false);
  const attendees = attendeesOf(round, session);
  if (attendees.length === 0) return null;
  const editable = may(round, 'session.recordAttendance');

  return (
    <div>
      <Text size="sm" fw={600}>
        {t('sessions.attendance')}
      </Text>
      {taking ? (
        <AttendanceForm
          round={round}
          session={session}
          attendees={attendees}
          onDone={() => setTaking(false)}
        />
      ) : (
        <>
          <Recorded round={round} session={session} />
          {editable &&
            (phase === 'scheduled' ? (
              <Text size="sm" c="dimmed">
                {t('sessions.take.notYet')}
              </Text>
            ) : (
              <Button size="compact-sm" variant="light" mt={6} onClick={() => setTaking(true)}>
                {session.attendance.length === 0
                  ? t('sessions.take.open')
                  : t('sessions.take.change')}
              </Button>
            ))}
        </>
      )}
    </div>
  );
}

/**
 * What was recorded: how many were present and who, in one sentence, and each exception with its
 * status; at a plenary of eight, a badge per participant would bury the one who walked out.
 */
function Recorded({ round, session }: { round: RoundView; session: SessionView }) {
  const { t, i18n } = useTranslation();
  const attendees = attendeesOf(round, session);
  const statusOf = (id: string) => session.attendance.find((a) => a.participantId === id)?.status;
  if (session.attendance.length === 0) {
    return <Text size="sm">{t('sessions.notRecorded')}</Text>;
  }
  const present = attendees.filter((p) => statusOf(p.id) === 'present');
  const others = attendees.filter((p) => statusOf(p.id) !== 'present');
  const names = new Intl.ListFormat(dateLocale(i18n.resolvedLanguage), { type: 'conjunction' });
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('sessions.take.summary', { present: present.length, total: attendees.length })}
        {present.length > 0 && ` — ${names.format(present.map((p) => isolate(p.actor.name)))}`}
      </Text>
      {others.length > 0 && (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {others.map((p) => {
            const status = statusOf(p.id);
            return (
              <Group component="li" key={p.id} gap="xs" wrap="wrap">
                <Text span size="sm">
                  <UserText>{p.actor.name}</UserText>
                </Text>
                {status === undefined ? (
                  <Text span size="sm" c="dimmed">
                    {t('sessions.notRecorded')}
                  </Text>
                ) : (
                  <AttendanceBadge status={status} />
                )}
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
