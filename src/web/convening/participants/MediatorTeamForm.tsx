import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSetMediatorTeam } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';

export function MediatorTeamForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const save = useSetMediatorTeam(round.id);
  return (
    <FormCard
      title={t('participants.mediatorTeamForm.title')}
      maw={560}
      initial={() => ({
        selected: round.participants.filter((p) => p.inMediatorTeam).map((p) => p.id),
      })}
      submitLabel={t('participants.mediatorTeamForm.submit')}
      canSubmit={({ selected }) => selected.length > 0}
      onSubmit={({ selected }) => save.mutateAsync(selected)}
      success={() => t('common.saved')}
    >
      {({ values: { selected }, set }) => (
        <Checkbox.Group
          label={t('participants.mediatorTeam')}
          value={selected}
          onChange={(ids) => set('selected', ids)}
        >
          <Text size="sm" mb="xs">
            {t('participants.mediatorTeamForm.help')}
          </Text>
          <Stack gap={6}>
            {round.participants.map((p) => (
              <Checkbox key={p.id} value={p.id} label={<bdi dir="auto">{p.actor.name}</bdi>} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </FormCard>
  );
}
