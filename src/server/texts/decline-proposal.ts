import { type Principal } from '../../core/policy/index.ts';
import { confidential } from '../../core/record/chain.ts';
import type { DeclineProposalCommand, ProposalView } from '../../core/texts/schemas.ts';
import { closeProposal } from '../../core/texts/index.ts';
import { sha256, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announceText, penholderSeat } from './text-loading.ts';
import { presentProposal } from './text-presenters.ts';
import { changeOpenText, proposalOf } from './text-changes.ts';

export async function declineProposal(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  proposalId: string,
  input: DeclineProposalCommand,
): Promise<ProposalView> {
  const { view, proposerId } = await changeOpenText(
    ctx,
    principal,
    textId,
    async ({ tx, record, now, current, shape }) => {
      const seat = penholderSeat(principal, current.settings.penholders, shape);
      const p = await proposalOf(tx, textId, proposalId);
      const { closedAs, reason } = closeProposal(p, 'declined', input.reason);
      const closure = {
        closedAs,
        closedAt: now,
        closedBy: principal.userId,
        declineReason: reason,
      };
      await textRepo.closeProposal(tx, p.id, closure);
      const closed = { ...p, ...closure };
      // The reason is as confidential as the proposal it answers: the record keeps a digest.
      await record(
        'text.declineProposal',
        { kind: 'proposal', id: p.id },
        {
          textId,
          proposerId: p.proposerId,
          declinedBy: seat,
          content: confidential(sha256, { reason }),
        },
      );
      const view = presentProposal(closed, current.currentRevision, current.settings, {
        participantId: seat,
        privileged: true,
      });
      return { view, proposerId: p.proposerId };
    },
  );
  await announceText(ctx, textId, 'proposal', { kind: 'proposal', proposerId });
  return view;
}
