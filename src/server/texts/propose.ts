import { type Principal } from '../../core/policy/index.ts';
import { confidential } from '../../core/record/chain.ts';
import type { ProposalView, ProposeCommand } from '../../core/texts/schemas.ts';
import { checkProposal } from '../../core/texts/index.ts';
import { sha256, textRepo } from '../../db/index.ts';
import type { StoredProposal } from '../../db/texts/texts.ts';
import type { AppContext } from '../kernel/context.ts';
import { announceText, revisionOf, scratchIds } from './text-loading.ts';
import { presentProposal } from './text-presenters.ts';
import { changeOpenText, proposerSeat } from './text-changes.ts';

export async function propose(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: ProposeCommand,
): Promise<ProposalView> {
  const { view, proposerId } = await changeOpenText(
    ctx,
    principal,
    textId,
    async ({ tx, record, now, current, shape }) => {
      const proposal: StoredProposal = {
        id: ctx.ports.ids.next(),
        textId,
        proposerId: proposerSeat(principal, current, shape),
        basedOnRevision: input.basedOnRevision,
        operation: input.operation,
        rationale: input.rationale,
        submittedBy: principal.userId,
        submittedAt: now,
        takenInRevision: null,
        closedAs: null,
        closedAt: null,
        closedBy: null,
        declineReason: null,
      };
      const rev = await revisionOf(tx, textId, current.currentRevision);
      // Refuses a stale base (409 stale_revision) and anything that would not apply cleanly.
      checkProposal(rev, proposal, scratchIds());
      await textRepo.insertProposal(tx, proposal);
      // Confidential until a revision takes it in: the record keeps a digest of its content.
      await record(
        'text.propose',
        { kind: 'proposal', id: proposal.id },
        {
          textId,
          proposerId: proposal.proposerId,
          basedOnRevision: proposal.basedOnRevision,
          content: confidential(sha256, {
            operation: proposal.operation,
            rationale: proposal.rationale,
          }),
        },
      );
      const view = presentProposal(proposal, current.currentRevision, current.settings, {
        participantId: proposal.proposerId,
        privileged: false,
      });
      return { view, proposerId: proposal.proposerId };
    },
  );
  await announceText(ctx, textId, 'proposal', { kind: 'proposal', proposerId });
  return view;
}
