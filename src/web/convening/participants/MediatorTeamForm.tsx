import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayJoinMediatorTeam } from '../../../core/convening/mediator-team.ts';
import { useSetMediatorTeam } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { FormCard } from '../../shared/components/FormCard.tsx';

/** The round's mediator team, chosen among those the server accepts: its mediators and sponsors. */
export function MediatorTeamForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const save = useSetMediatorTeam(round.id);
  const eligible = round.participants.filter((p) => mayJoinMediatorTeam(p.capacity));
  const title = t('participants.mediatorTeamForm.title');
  if (eligible.length === 0) {
    return (
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        <EmptyText>{t('participants.mediatorTeamForm.none')}</EmptyText>
      </Stack>
    );
  }
  return (
    <FormCard
      title={title}
      maw={560}
      initial={() => ({
        selected: eligible.filter((p) => p.inMediatorTeam).map((p) => p.id),
      })}
      submitLabel={t('participants.mediatorTeamForm.submit')}
      validate={({ selected }) => ({
        selected: selected.length === 0 ? t('participants.mediatorTeamForm.pickOne') : null,
      })}
      onSubmit={({ selected }) => save.mutateAsync(selected)}
      success={() => t('common.saved')}
    >
      {({ values: { selected }, set, errors }) => (
        <Checkbox.Group
          label={t('participants.mediatorTeam')}
          description={t('participants.mediatorTeamForm.help')}
          value={selected}
          error={errors.selected}
          onChange={(ids) => set('selected', ids)}
        >
          <Stack gap={6} mt="xs">
            {eligible.map((p) => (
              <Checkbox
                key={p.id}
                value={p.id}
                label={
                  <>
                    <bdi dir="auto">{p.actor.name}</bdi> · {t(`vocab.capacity.${p.capacity}`)}
                  </>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </FormCard>
  );
}
