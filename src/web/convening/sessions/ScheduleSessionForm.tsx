import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_FORMATS, type SessionFormat } from '../../../core/vocabulary.ts';
import { useScheduleSession } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { needsListedParticipants } from '../round.ts';
import { localToUtcIso } from '../../shared/lib/time.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { ParticipantPicker } from './ParticipantPicker.tsx';

export function ScheduleSessionForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const schedule = useScheduleSession(round.id);
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<SessionFormat>('plenary');
  const [startsLocal, setStartsLocal] = useState('');
  const [endsLocal, setEndsLocal] = useState('');
  const [room, setRoom] = useState('');
  const [participantIds, setParticipantIds] = useState<string[]>([]);

  // The times are typed as wall-clock times where the round takes place, whatever the reader's own zone.
  const startsAt = localToUtcIso(startsLocal, round.timeZone);
  const endsAt = localToUtcIso(endsLocal, round.timeZone);
  const orderError =
    startsAt !== null && endsAt !== null && Date.parse(endsAt) <= Date.parse(startsAt)
      ? t('sessions.schedule.endBeforeStart')
      : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (startsAt === null || endsAt === null || orderError !== null) return;
    schedule.mutate(
      {
        title,
        format,
        startsAt,
        endsAt,
        room,
        participantIds: needsListedParticipants(format) ? participantIds : [],
      },
      {
        onSuccess: () => {
          setTitle('');
          setRoom('');
          setParticipantIds([]);
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('sessions.schedule.title')}</Title>
        {schedule.isError && <ErrorAlert error={schedule.error} />}
        <TextInput
          label={t('sessions.schedule.sessionTitle')}
          required
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('sessions.schedule.format')}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as SessionFormat)}
          data={SESSION_FORMATS.map((f) => ({ value: f, label: t(`vocab.format.${f}`) }))}
        />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('sessions.schedule.startsAt', { zone: round.timeZone })}
            required
            value={startsLocal}
            onChange={(e) => setStartsLocal(e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('sessions.schedule.endsAt', { zone: round.timeZone })}
            required
            value={endsLocal}
            error={orderError}
            onChange={(e) => setEndsLocal(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('sessions.schedule.room')}
          dir="auto"
          value={room}
          onChange={(e) => setRoom(e.currentTarget.value)}
        />
        {needsListedParticipants(format) && (
          <ParticipantPicker
            round={round}
            label={t('sessions.schedule.participants')}
            value={participantIds}
            onChange={setParticipantIds}
          />
        )}
        <Button type="submit" loading={schedule.isPending}>
          {t('sessions.schedule.submit')}
        </Button>
      </Stack>
    </form>
  );
}
