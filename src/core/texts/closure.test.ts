import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkOpen, closeProposal, proposalStatus, type ProposalProgress } from './closure.ts';

const open: ProposalProgress = {
  id: 'prop-1',
  basedOnRevision: 2,
  takenInRevision: null,
  closedAs: null,
};
const codeOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a domain error';
  }
};

describe('closing a proposal', () => {
  it('tells pending, stale, taken-in and closed proposals apart', () => {
    expect(proposalStatus(open, 2)).toBe('pending');
    expect(proposalStatus(open, 3)).toBe('stale');
    expect(proposalStatus({ ...open, takenInRevision: 3 }, 3)).toBe('taken_in');
    expect(proposalStatus({ ...open, closedAs: 'withdrawn' }, 2)).toBe('withdrawn');
    expect(proposalStatus({ ...open, closedAs: 'declined' }, 5)).toBe('declined');
  });

  it('withdraws or declines an open proposal; only a decline keeps a reason', () => {
    expect(closeProposal(open, 'withdrawn', 'ignored')).toEqual({
      closedAs: 'withdrawn',
      reason: '',
    });
    expect(closeProposal(open, 'declined', '  Out of scope. ')).toEqual({
      closedAs: 'declined',
      reason: 'Out of scope.',
    });
    expect(closeProposal({ ...open, basedOnRevision: 1 }, 'declined').closedAs).toBe('declined');
  });

  it('closes a proposal once, and never one a revision took in', () => {
    for (const closedAs of ['withdrawn', 'declined'] as const) {
      const closed = { ...open, closedAs };
      expect(codeOf(() => closeProposal(closed, 'declined'))).toBe('proposal_closed');
      expect(codeOf(() => closeProposal(closed, 'withdrawn'))).toBe('proposal_closed');
      expect(codeOf(() => checkOpen(closed))).toBe('proposal_closed');
    }
    const takenIn = { ...open, takenInRevision: 3 };
    expect(codeOf(() => closeProposal(takenIn, 'withdrawn'))).toBe('invalid_transition');
    expect(codeOf(() => checkOpen(open))).toBeNull();
  });
});
