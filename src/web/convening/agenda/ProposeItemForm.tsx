import { Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRACKS, type Track } from '../../../core/vocabulary.ts';
import { useProposeAgendaItem } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

export function ProposeItemForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const propose = useProposeAgendaItem(round.id);
  const [title, setTitle] = useState('');
  const [track, setTrack] = useState<Track>('ceasefire');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate({ title, track }, { onSuccess: () => setTitle('') });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('agenda.propose.title')}</Title>
        {propose.isError && <ErrorAlert error={propose.error} />}
        <TextInput
          label={t('agenda.propose.itemTitle')}
          required
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('agenda.propose.track')}
          value={track}
          onChange={(e) => setTrack(e.currentTarget.value as Track)}
          data={TRACKS.map((k) => ({ value: k, label: t(`vocab.track.${k}`) }))}
        />
        <Button type="submit" loading={propose.isPending}>
          {t('agenda.propose.submit')}
        </Button>
      </Stack>
    </form>
  );
}
