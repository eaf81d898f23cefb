import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CAPACITIES } from '../../../core/vocabulary.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { may } from '../round.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { MediatorTeamForm } from './MediatorTeamForm.tsx';
import { ParticipantCard } from './ParticipantCard.tsx';

export function ParticipantsSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const groups = CAPACITIES.map((capacity) => ({
    capacity,
    members: round.participants.filter((p) => p.capacity === capacity),
  })).filter((g) => g.members.length > 0);

  return (
    <Stack gap="lg">
      <Title order={2}>{t('round.tabs.participants')}</Title>
      {groups.length === 0 && <EmptyText>{t('participants.empty')}</EmptyText>}
      {groups.map((g) => (
        <section key={g.capacity} aria-labelledby={`capacity-${g.capacity}`}>
          <Title order={3} id={`capacity-${g.capacity}`} mb="sm">
            {t(`vocab.capacityGroup.${g.capacity}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {g.members.map((p) => (
              <ParticipantCard key={p.id} round={round} participant={p} />
            ))}
          </SimpleGrid>
        </section>
      ))}
      {may(round, 'round.setMediatorTeam') && round.participants.length > 0 && (
        <MediatorTeamForm round={round} />
      )}
    </Stack>
  );
}
