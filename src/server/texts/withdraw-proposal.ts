import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { ProposalView, WithdrawProposalCommand } from '../../core/texts/schemas.ts';
import { closeProposal } from '../../core/texts/index.ts';
import { textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announceText } from './text-loading.ts';
import { presentProposal } from './text-presenters.ts';
import { changeOpenText, proposalOf } from './text-changes.ts';

export async function withdrawProposal(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  proposalId: string,
  input: WithdrawProposalCommand,
): Promise<ProposalView> {
  const view = await changeOpenText(ctx, principal, textId, async (at) => {
    const { tx, record, now, current } = at;
    const p = await proposalOf(tx, textId, proposalId);
    // Another participant's proposal is not the caller's to know about: not found, as if absent.
    if (p.proposerId !== input.participantId) throw notFound('Proposal');
    const { closedAs } = closeProposal(p, 'withdrawn');
    const closure = { closedAs, closedAt: now, closedBy: principal.userId, declineReason: null };
    await textRepo.closeProposal(tx, p.id, closure);
    const closed = { ...p, ...closure };
    await record(
      'text.withdrawProposal',
      { kind: 'proposal', id: p.id },
      { textId, proposerId: p.proposerId, basedOnRevision: p.basedOnRevision },
    );
    return presentProposal(closed, current.currentRevision, current.settings, {
      participantId: p.proposerId,
      privileged: false,
    });
  });
  // Only the proposer ever acts here, so its own id is the audience.
  await announceText(ctx, textId, 'proposal', {
    kind: 'proposal',
    proposerId: input.participantId,
  });
  return view;
}
