import { Button, NativeSelect, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAPACITIES,
  REPRESENTATION_LEVELS,
  type Capacity,
  type RepresentationLevel,
} from '../../../core/vocabulary.ts';
import { useActors } from '../../platform/index.ts';
import { useCreateInvitation } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

export function InviteForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const actors = useActors();
  const invite = useCreateInvitation(round.id);
  const [actorId, setActorId] = useState('');
  const [capacity, setCapacity] = useState<Capacity>('party');
  const [level, setLevel] = useState<RepresentationLevel>('delegation');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (actorId === '') return;
    invite.mutate(
      { actorId, capacity, representationLevel: level },
      { onSuccess: () => setActorId('') },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('invitations.create.title')}</Title>
        {invite.isError && <ErrorAlert error={invite.error} />}
        {actors.isError && <ErrorAlert error={actors.error} />}
        <NativeSelect
          label={t('invitations.create.actor')}
          required
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...(actors.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <NativeSelect
          label={t('invitations.create.capacity')}
          value={capacity}
          onChange={(e) => setCapacity(e.currentTarget.value as Capacity)}
          data={CAPACITIES.map((c) => ({ value: c, label: t(`vocab.capacity.${c}`) }))}
        />
        <NativeSelect
          label={t('invitations.create.level')}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value as RepresentationLevel)}
          data={REPRESENTATION_LEVELS.map((l) => ({ value: l, label: t(`vocab.level.${l}`) }))}
        />
        <Button type="submit" loading={invite.isPending} disabled={actorId === ''}>
          {t('invitations.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
