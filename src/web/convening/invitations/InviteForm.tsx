import { NativeSelect } from '@mantine/core';
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
import { FormCard } from '../../shared/components/FormCard.tsx';

export function InviteForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const actors = useActors();
  const invite = useCreateInvitation(round.id);
  return (
    <FormCard
      title={t('invitations.create.title')}
      maw={560}
      initial={() => ({
        actorId: '',
        capacity: 'party' as Capacity,
        level: 'delegation' as RepresentationLevel,
      })}
      submitLabel={t('invitations.create.submit')}
      canSubmit={({ actorId }) => actorId !== ''}
      onSubmit={({ actorId, capacity, level }) =>
        invite.mutateAsync({ actorId, capacity, representationLevel: level })
      }
      reset={['actorId']}
    >
      {({ bind }) => (
        <>
          {actors.isError && <ErrorAlert error={actors.error} />}
          <NativeSelect
            label={t('invitations.create.actor')}
            required
            {...bind('actorId')}
            data={[
              { value: '', label: t('common.choose') },
              ...(actors.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <NativeSelect
            label={t('invitations.create.capacity')}
            {...bind('capacity')}
            data={CAPACITIES.map((c) => ({ value: c, label: t(`vocab.capacity.${c}`) }))}
          />
          <NativeSelect
            label={t('invitations.create.level')}
            {...bind('level')}
            data={REPRESENTATION_LEVELS.map((l) => ({ value: l, label: t(`vocab.level.${l}`) }))}
          />
        </>
      )}
    </FormCard>
  );
}
