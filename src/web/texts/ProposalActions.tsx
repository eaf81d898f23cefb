import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useDeclineProposal,
  useWithdrawProposal,
  type TextViewData,
  type ProposalData,
} from './api.ts';
import { may } from './model.ts';
import { FormModal } from '../shared/components/FormModal.tsx';
import { MutationError } from './MutationError.tsx';

const OPEN: readonly ProposalData['status'][] = ['pending', 'stale'];

/** Withdraw (for the proposing delegation) and Decline (for penholders) on an open proposal. */
export function ProposalActions({ doc, proposal }: { doc: TextViewData; proposal: ProposalData }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawProposal(doc);
  const decline = useDeclineProposal(doc);
  const [declining, setDeclining] = useState(false);
  if (!OPEN.includes(proposal.status) || doc.adoption !== null) return null;
  const owner =
    proposal.proposerId !== null && doc.viewer.withdrawsFor.includes(proposal.proposerId)
      ? proposal.proposerId
      : null;
  const declines = may(doc, 'text.declineProposal');
  if (owner === null && !declines) return null;
  return (
    <Stack gap={4} mt="xs">
      {withdraw.isError && <MutationError error={withdraw.error} />}
      <Group gap="xs">
        {owner !== null && (
          <Button
            size="xs"
            variant="default"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate({ proposalId: proposal.id, participantId: owner })}
          >
            {t('texts.proposals.withdraw')}
          </Button>
        )}
        {declines && (
          <Button size="xs" variant="light" color="red" onClick={() => setDeclining(true)}>
            {t('texts.proposals.decline')}
          </Button>
        )}
      </Group>
      <FormModal
        target={declining ? proposal : null}
        onClose={() => setDeclining(false)}
        title={t('texts.proposals.declineTitle')}
        initial={() => ({ reason: '' })}
        submitLabel={t('texts.proposals.declineSubmit')}
        submitColor="red"
        onSubmit={({ reason }, { id }) => decline.mutateAsync({ proposalId: id, reason })}
        ErrorView={MutationError}
      >
        {({ reason }, set) => (
          <Textarea
            label={t('texts.proposals.declineReason')}
            description={t('texts.proposals.declineReasonHint')}
            dir="auto"
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => set('reason', e.currentTarget.value)}
            data-autofocus
          />
        )}
      </FormModal>
    </Stack>
  );
}
