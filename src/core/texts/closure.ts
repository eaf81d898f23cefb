import { DomainError, invalidTransition } from '../errors.ts';
import type { ProposalClosure, ProposalStatus } from './vocabulary.ts';

/** Where a proposal stands: taken in by a revision, closed, or neither. */
export interface ProposalProgress {
  id: string;
  basedOnRevision: number;
  takenInRevision: number | null;
  closedAs: ProposalClosure | null;
}

/** A closed proposal stays closed even once a newer revision would also have made it stale. */
export function proposalStatus(p: ProposalProgress, currentRevision: number): ProposalStatus {
  if (p.takenInRevision !== null) return 'taken_in';
  if (p.closedAs !== null) return p.closedAs;
  return p.basedOnRevision === currentRevision ? 'pending' : 'stale';
}

/** Refuses a proposal a revision already took in, or one withdrawn or declined. */
export function checkOpen(p: ProposalProgress): void {
  if (p.takenInRevision !== null) {
    throw invalidTransition(`The proposal was already taken into Rev.${p.takenInRevision}.`, {
      proposalId: p.id,
    });
  }
  if (p.closedAs !== null) {
    throw new DomainError(
      'proposal_closed',
      p.closedAs === 'withdrawn'
        ? 'The proposal was withdrawn by its proposer; it can no longer be taken in.'
        : 'The proposal was declined by the penholder; it can no longer be taken in.',
      { proposalId: p.id, closedAs: p.closedAs },
    );
  }
}

export interface Closure {
  closedAs: ProposalClosure;
  /** Empty for a withdrawal, and for a decline without a reason. */
  reason: string;
}

/**
 * Closes an open proposal for good: its proposer withdraws it, or a penholder declines it (with
 * an optional reason). A proposal is closed once; one taken in can no longer be closed.
 */
export function closeProposal(p: ProposalProgress, as: ProposalClosure, reason = ''): Closure {
  checkOpen(p);
  return { closedAs: as, reason: as === 'declined' ? reason.trim() : '' };
}
