import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../platform/index.ts';
import { useRemoveMember } from '../api.ts';
import type { MemberView, ParticipantView, RoundView } from '../../shared/api/types.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';

interface Props {
  round: RoundView;
  participant: ParticipantView;
  members: MemberView[];
}

export function DelegationRoster({ round, participant, members }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const remove = useRemoveMember(round.id);
  const isHead = round.viewer.manages.includes(participant.id);

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('participants.delegation')}
      </Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {members.length === 0 ? (
        <EmptyText>{t('participants.noMembers')}</EmptyText>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" p={0}>
          {members.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="nowrap">
                <UserText>{m.displayName}</UserText>
                <Badge variant="light" color="gray" size="sm">
                  {t(`vocab.role.${m.role}`)}
                </Badge>
                {isHead && m.userId !== me.data?.user.id && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('participants.removeLabel', { name: m.displayName })}
                    loading={remove.isPending && remove.variables === m.id}
                    onClick={() => remove.mutate(m.id)}
                  >
                    {t('participants.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {isHead && <AddMemberForm participantId={participant.id} />}
    </Stack>
  );
}
