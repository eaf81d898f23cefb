import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCreateRound } from '../process-api.ts';
import { isKnownTimeZone } from '../../shared/lib/time.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function CreateRoundForm({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRound(processId);
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [timeZone, setTimeZone] = useState(browserZone);
  const [touched, setTouched] = useState(false);

  const endError =
    startsOn !== '' && endsOn !== '' && endsOn < startsOn
      ? t('process.createRound.endBeforeStart')
      : null;
  const zoneError = touched && !isKnownTimeZone(timeZone) ? t('process.createRound.badZone') : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (endError !== null || !isKnownTimeZone(timeZone)) return;
    create.mutate(
      { title, venue, startsOn, endsOn, timeZone: timeZone.trim() },
      { onSuccess: (round) => void navigate(`/rounds/${round.id}`) },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={2}>{t('process.createRound.title')}</Title>
        {create.isError && <ErrorAlert error={create.error} />}
        <TextInput
          label={t('process.createRound.roundTitle')}
          required
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <TextInput
          label={t('process.createRound.venue')}
          required
          dir="auto"
          value={venue}
          onChange={(e) => setVenue(e.currentTarget.value)}
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('process.createRound.startsOn')}
            required
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('process.createRound.endsOn')}
            required
            value={endsOn}
            error={endError}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('process.createRound.timeZone')}
          required
          dir="ltr"
          value={timeZone}
          error={zoneError}
          onChange={(e) => setTimeZone(e.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('process.createRound.submit')}
        </Button>
      </Stack>
    </form>
  );
}
