import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useDeclineProposal,
  useWithdrawProposal,
  type TextViewData,
  type ProposalData,
} from './api.ts';
import { may } from './model.ts';
import { MutationError } from './MutationError.tsx';

const OPEN: readonly ProposalData['status'][] = ['pending', 'stale'];

/** Withdraw (for the proposing delegation) and Decline (for penholders) on an open proposal. */
export function ProposalActions({ doc, proposal }: { doc: TextViewData; proposal: ProposalData }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawProposal(doc);
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
      <Modal
        opened={declining}
        onClose={() => setDeclining(false)}
        title={t('texts.proposals.declineTitle')}
      >
        {declining && (
          <DeclineForm doc={doc} proposal={proposal} onDone={() => setDeclining(false)} />
        )}
      </Modal>
    </Stack>
  );
}

function DeclineForm({
  doc,
  proposal,
  onDone,
}: {
  doc: TextViewData;
  proposal: ProposalData;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const decline = useDeclineProposal(doc);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decline.mutate({ proposalId: proposal.id, reason }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {decline.isError && <MutationError error={decline.error} />}
        <Textarea
          label={t('texts.proposals.declineReason')}
          description={t('texts.proposals.declineReasonHint')}
          dir="auto"
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={decline.isPending}>
            {t('texts.proposals.declineSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
