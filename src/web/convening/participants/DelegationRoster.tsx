import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../platform/index.ts';
import { useRemoveMember } from '../api.ts';
import type { MemberView, ParticipantView, RoundView } from '../../shared/api/types.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { ConfirmRemoval } from './ConfirmRemoval.tsx';
import { RemovalNotice, type Removal } from './RemovalNotice.tsx';

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
  const [confirming, setConfirming] = useState<MemberView | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const closeNotice = useCallback(() => setRemoval(null), []);

  // A refusal is shown in the dialog, which stays open with it.
  const confirm = (m: MemberView) =>
    remove.mutateAsync(m.id).then(() => setRemoval({ memberId: m.id, name: m.displayName }));

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('participants.delegation')}
      </Text>
      {removal !== null && (
        <RemovalNotice roundId={round.id} removal={removal} onClose={closeNotice} />
      )}
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
                    onClick={() => setConfirming(m)}
                  >
                    {t('participants.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ConfirmRemoval member={confirming} onClose={() => setConfirming(null)} onRemove={confirm} />
      {isHead && <AddMemberForm participantId={participant.id} />}
    </Stack>
  );
}
