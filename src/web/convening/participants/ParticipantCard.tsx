import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, RoundView } from '../../shared/api/types.ts';
import { UserText } from '../../shared/components/UserText.tsx';
import { DelegationRoster } from './DelegationRoster.tsx';

export function ParticipantCard({
  round,
  participant: p,
}: {
  round: RoundView;
  participant: ParticipantView;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`participant-${p.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={4} id={`participant-${p.id}`}>
            <UserText>{p.actor.name}</UserText>
          </Title>
          <Group gap={4}>
            <Badge variant="light" color="blue">
              {t(`vocab.capacity.${p.capacity}`)}
            </Badge>
            {p.inMediatorTeam && (
              <Badge variant="filled" color="violet">
                {t('participants.mediatorTeam')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm">
          {t(`vocab.kind.${p.actor.kind}`)} ·{' '}
          {t('participants.level', { level: t(`vocab.level.${p.representationLevel}`) })}
        </Text>
        {p.actor.members.length > 0 && (
          <details>
            <summary>
              <Text span size="sm" fw={600}>
                {t('participants.memberGroups', { count: p.actor.members.length })}
              </Text>
            </summary>
            <List size="sm" mt={4}>
              {p.actor.members.map((m) => (
                <List.Item key={m.id}>
                  <UserText>{m.name}</UserText>
                </List.Item>
              ))}
            </List>
          </details>
        )}
        {p.delegation !== null && (
          <DelegationRoster round={round} participant={p} members={p.delegation} />
        )}
      </Stack>
    </Card>
  );
}
