import { Button, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance } from '../../../core/vocabulary.ts';
import { useRecordAttendance } from '../api.ts';
import type { ParticipantView, RoundView, SessionView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

const NOT_PRESENT = ATTENDANCE.filter((a) => a !== 'present');

interface Props {
  round: RoundView;
  session: SessionView;
  attendees: ParticipantView[];
  onDone: () => void;
}

/**
 * The attendance of a session as one list: everyone present unless recorded otherwise, so that
 * only the exceptions need a click; saved in one request, which sends only what changed.
 */
export function AttendanceForm({ round, session, attendees, onDone }: Props) {
  const { t } = useTranslation();
  const record = useRecordAttendance(round.id);
  const recorded = new Map(session.attendance.map((a) => [a.participantId, a.status]));
  const [statuses, setStatuses] = useState<Record<string, Attendance>>(() =>
    Object.fromEntries(attendees.map((p) => [p.id, recorded.get(p.id) ?? 'present'])),
  );
  const changed = attendees
    .filter((p) => recorded.get(p.id) !== statuses[p.id])
    .map((p) => ({ participantId: p.id, status: statuses[p.id]! }));
  const set = (id: string, status: Attendance) => setStatuses((s) => ({ ...s, [id]: status }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (changed.length === 0) return onDone();
    record.mutate({ id: session.id, body: { attendance: changed } }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} aria-label={t('sessions.take.open')}>
      <Stack gap="xs">
        <Text size="sm">{t('sessions.take.help')}</Text>
        {record.isError && <ErrorAlert error={record.error} />}
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {attendees.map((p) => (
            <AttendeeRow key={p.id} participant={p} status={statuses[p.id]!} onChange={set} />
          ))}
        </Stack>
        <Group gap="xs">
          <Button type="submit" size="sm" loading={record.isPending}>
            {t('sessions.take.submit')}
          </Button>
          <Button size="sm" variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AttendeeRow({
  participant: p,
  status,
  onChange,
}: {
  participant: ParticipantView;
  status: Attendance;
  onChange: (id: string, status: Attendance) => void;
}) {
  const { t } = useTranslation();
  // The reason a participant was away is kept while ticking back and forth.
  const [away, setAway] = useState<Attendance>(status === 'present' ? 'absent' : status);
  return (
    <Group component="li" gap="sm" wrap="wrap" mih={36}>
      <Checkbox
        label={<bdi dir="auto">{p.actor.name}</bdi>}
        checked={status === 'present'}
        onChange={(e) => onChange(p.id, e.currentTarget.checked ? 'present' : away)}
      />
      {status !== 'present' && (
        <NativeSelect
          size="xs"
          aria-label={t('sessions.take.why', { name: p.actor.name })}
          value={status}
          onChange={(e) => {
            const next = e.currentTarget.value as Attendance;
            setAway(next);
            onChange(p.id, next);
          }}
          data={NOT_PRESENT.map((a) => ({ value: a, label: t(`vocab.attendance.${a}`) }))}
        />
      )}
    </Group>
  );
}
