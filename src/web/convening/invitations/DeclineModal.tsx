import { Button, Group, Modal, Stack, Switch, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRespondInvitation } from '../api.ts';
import type { InvitationView, RoundView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';

interface Props {
  round: RoundView;
  invitation: InvitationView | null;
  onClose: () => void;
}

export function DeclineModal({ round, invitation, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={invitation !== null}
      onClose={onClose}
      title={t('invitations.declineForm.title')}
      size="lg"
    >
      {invitation !== null && (
        <DeclineForm key={invitation.id} round={round} invitation={invitation} onDone={onClose} />
      )}
    </Modal>
  );
}

function DeclineForm({
  round,
  invitation,
  onDone,
}: {
  round: RoundView;
  invitation: InvitationView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const respond = useRespondInvitation(round.id);
  const [reason, setReason] = useState('');
  const [reasonPublic, setReasonPublic] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    respond.mutate(
      { id: invitation.id, body: { response: 'decline', reason, reasonPublic } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {respond.isError && <ErrorAlert error={respond.error} />}
        <Textarea
          label={t('invitations.declineForm.reason')}
          required
          dir="auto"
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Switch
          label={t('invitations.declineForm.public')}
          checked={reasonPublic}
          onChange={(e) => setReasonPublic(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="red"
            loading={respond.isPending}
            disabled={reason.trim() === ''}
          >
            {t('invitations.declineForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
