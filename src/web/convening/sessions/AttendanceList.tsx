import { Group, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance } from '../../../core/vocabulary.ts';
import { useRecordAttendance } from '../api.ts';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { errorMessage } from '../../shared/lib/errors.ts';
import { attendeesOf, may } from '../round.ts';
import { AttendanceBadge } from '../../shared/components/StatusBadge.tsx';
import { UserText } from '../../shared/components/UserText.tsx';

export function AttendanceList({ round, session }: { round: RoundView; session: SessionView }) {
  const { t } = useTranslation();
  const record = useRecordAttendance(round.id);
  const editable = may(round, 'session.recordAttendance');
  const statusOf = (participantId: string): Attendance | undefined =>
    session.attendance.find((a) => a.participantId === participantId)?.status;
  const attendees = attendeesOf(round, session);
  if (attendees.length === 0) return null;

  return (
    <div>
      <Text size="sm" fw={600}>
        {t('sessions.attendance')}
      </Text>
      {record.isError && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(t, record.error)}
        </Text>
      )}
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="xs"
        verticalSpacing={6}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {attendees.map((p) => {
          const status = statusOf(p.id);
          return (
            <li key={p.id}>
              {editable ? (
                <NativeSelect
                  size="xs"
                  label={t('sessions.attendanceOf', { name: p.actor.name })}
                  value={status ?? ''}
                  disabled={record.isPending}
                  onChange={(e) => {
                    const value = e.currentTarget.value as Attendance | '';
                    if (value !== '')
                      record.mutate({
                        id: session.id,
                        body: { participantId: p.id, status: value },
                      });
                  }}
                  data={[
                    ...(status === undefined
                      ? [{ value: '', label: t('sessions.notRecorded') }]
                      : []),
                    ...ATTENDANCE.map((a) => ({ value: a, label: t(`vocab.attendance.${a}`) })),
                  ]}
                />
              ) : (
                <Group gap="xs">
                  <UserText>{p.actor.name}</UserText>
                  {status === undefined ? (
                    <Text span size="sm" fs="italic">
                      {t('sessions.notRecorded')}
                    </Text>
                  ) : (
                    <AttendanceBadge status={status} />
                  )}
                </Group>
              )}
            </li>
          );
        })}
      </SimpleGrid>
    </div>
  );
}
