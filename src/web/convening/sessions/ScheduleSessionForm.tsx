import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SESSION_FORMATS, type SessionFormat } from '../../../core/vocabulary.ts';
import { useScheduleSession } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { needsListedParticipants } from '../round.ts';
import { localToUtcIso } from '../../shared/lib/time.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';
import { ParticipantPicker } from './ParticipantPicker.tsx';

interface Times {
  startsLocal: string;
  endsLocal: string;
}

/**
 * The times as typed, wall-clock times where the round takes place whatever the reader's own zone,
 * as instants; `misordered` when the session would end before it starts.
 */
function instants({ startsLocal, endsLocal }: Times, timeZone: string) {
  const startsAt = localToUtcIso(startsLocal, timeZone);
  const endsAt = localToUtcIso(endsLocal, timeZone);
  const misordered =
    startsAt !== null && endsAt !== null && Date.parse(endsAt) <= Date.parse(startsAt);
  return { startsAt, endsAt, misordered };
}

export function ScheduleSessionForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const schedule = useScheduleSession(round.id);
  return (
    <FormCard
      title={t('sessions.schedule.title')}
      maw={640}
      initial={() => ({
        title: '',
        format: 'plenary' as SessionFormat,
        startsLocal: '',
        endsLocal: '',
        room: '',
        participantIds: [] as string[],
      })}
      submitLabel={t('sessions.schedule.submit')}
      onSubmit={({ title, format, room, participantIds, ...times }) => {
        const { startsAt, endsAt, misordered } = instants(times, round.timeZone);
        if (startsAt === null || endsAt === null || misordered) return;
        return schedule.mutateAsync({
          title,
          format,
          startsAt,
          endsAt,
          room,
          participantIds: needsListedParticipants(format) ? participantIds : [],
        });
      }}
      reset={['title', 'room', 'participantIds']}
    >
      {({ values: v, set, bind }) => (
        <>
          <TextInput
            label={t('sessions.schedule.sessionTitle')}
            required
            dir="auto"
            {...bind('title')}
          />
          <NativeSelect
            label={t('sessions.schedule.format')}
            {...bind('format')}
            data={SESSION_FORMATS.map((f) => ({ value: f, label: t(`vocab.format.${f}`) }))}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label={t('sessions.schedule.startsAt', { zone: round.timeZone })}
              required
              {...bind('startsLocal')}
            />
            <TextInput
              type="datetime-local"
              label={t('sessions.schedule.endsAt', { zone: round.timeZone })}
              required
              error={
                instants(v, round.timeZone).misordered
                  ? t('sessions.schedule.endBeforeStart')
                  : null
              }
              {...bind('endsLocal')}
            />
          </Group>
          <TextInput label={t('sessions.schedule.room')} dir="auto" {...bind('room')} />
          {needsListedParticipants(v.format) && (
            <ParticipantPicker
              round={round}
              label={t('sessions.schedule.participants')}
              value={v.participantIds}
              onChange={(ids) => set('participantIds', ids)}
            />
          )}
        </>
      )}
    </FormCard>
  );
}
