import { Switch, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRespondInvitation } from '../api.ts';
import type { InvitationView, RoundView } from '../../shared/api/types.ts';
import { FormModal } from '../../shared/components/FormModal.tsx';

interface Props {
  round: RoundView;
  invitation: InvitationView | null;
  onClose: () => void;
}

export function DeclineModal({ round, invitation, onClose }: Props) {
  const { t } = useTranslation();
  const respond = useRespondInvitation(round.id);
  return (
    <FormModal
      target={invitation}
      onClose={onClose}
      title={t('invitations.declineForm.title')}
      size="lg"
      initial={() => ({ reason: '', reasonPublic: false })}
      submitLabel={t('invitations.declineForm.submit')}
      submitColor="red"
      canSubmit={({ reason }) => reason.trim() !== ''}
      onSubmit={({ reason, reasonPublic }, { id }) =>
        respond.mutateAsync({ id, body: { response: 'decline', reason, reasonPublic } })
      }
    >
      {({ reason, reasonPublic }, set) => (
        <>
          <Textarea
            label={t('invitations.declineForm.reason')}
            required
            dir="auto"
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => set('reason', e.currentTarget.value)}
            data-autofocus
          />
          <Switch
            label={t('invitations.declineForm.public')}
            checked={reasonPublic}
            onChange={(e) => set('reasonPublic', e.currentTarget.checked)}
          />
        </>
      )}
    </FormModal>
  );
}
