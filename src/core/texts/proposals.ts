import { DomainError } from '../errors.ts';
import { applyOperation, type Operation } from './operations.ts';
import { indexText, type TextIndex } from './structure.ts';
import type { NegotiatingText, NewId, Revision, Segment } from './types.ts';

/** A party's (or penholder's) proposed change, made against one revision. */
export interface Proposal {
  id: string;
  textId: string;
  /** Participant id. */
  proposerId: string;
  basedOnRevision: number;
  operation: Operation;
  rationale: string;
}

export type RevisionBase = Pick<Revision, 'number' | 'text'>;

/** Refuses a proposal for another document or one made against an older revision. */
function checkProposalBase(base: RevisionBase, proposal: Proposal): void {
  if (proposal.textId !== base.text.id) {
    throw new DomainError('wrong_text', 'The proposal is for another document.', {
      proposalId: proposal.id,
    });
  }
  if (proposal.basedOnRevision !== base.number) {
    throw new DomainError(
      'stale_revision',
      `The proposal was made against Rev.${proposal.basedOnRevision}; the current revision is Rev.${base.number}. Make it again against the current revision.`,
      { proposalId: proposal.id, basedOnRevision: proposal.basedOnRevision, current: base.number },
    );
  }
}

/** Agreed wording and bracket positions unchanged: word and segment indices still mean the same. */
function sameAgreedShape(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const t = b[i]!;
    return s.type === 'agreed'
      ? t.type === 'agreed' && t.text === s.text
      : t.type === 'bracket' && t.id === s.id;
  });
}

interface Side {
  text: NegotiatingText;
  index: TextIndex;
}

/**
 * True when the part of the text the operation addresses is, in the working text, exactly as it
 * was in the base revision. Things missing from the base are left to the operation to refuse.
 */
function untouched(baseSide: Side, work: Side, operation: Operation): boolean {
  const base = baseSide.index;
  const now = work.index;
  switch (operation.op) {
    case 'replace_wording':
    case 'insert_wording':
    case 'delete_wording':
    case 'add_bracket': {
      const at = operation.at;
      if (at.in === 'agreed') {
        const before = base.provisions.get(at.provisionId)?.provision;
        if (!before) return true;
        const after = now.provisions.get(at.provisionId)?.provision;
        return !!after && sameAgreedShape(before.content, after.content);
      }
      const before = base.brackets
        .get(at.bracketId)
        ?.bracket.options.find((o) => o.id === at.optionId);
      if (!before) return true;
      const after = now.brackets
        .get(at.bracketId)
        ?.bracket.options.find((o) => o.id === at.optionId);
      return after === before;
    }
    case 'add_option':
      return !base.brackets.has(operation.bracketId) || now.brackets.has(operation.bracketId);
    case 'remove_option': {
      if (!base.brackets.has(operation.bracketId)) return true;
      const after = now.brackets.get(operation.bracketId)?.bracket;
      return !!after?.options.some((o) => o.id === operation.optionId);
    }
    case 'resolve_bracket': {
      // Cleaning a bracket others changed meanwhile would drop their options unseen.
      const before = base.brackets.get(operation.bracketId);
      return !before || now.brackets.get(operation.bracketId)?.bracket === before.bracket;
    }
    case 'add_provision': {
      const { parentId } = operation;
      const childrenIn = (side: Side) =>
        parentId === null
          ? side.text.provisions
          : side.index.provisions.get(parentId)?.provision.children;
      const before = childrenIn(baseSide);
      const after = childrenIn(work);
      if (!before) return true;
      return (
        !!after && after.length === before.length && after.every((c, i) => c.id === before[i]!.id)
      );
    }
    case 'remove_provision': {
      const before = base.provisions.get(operation.provisionId)?.provision;
      return !before || now.provisions.get(operation.provisionId)?.provision === before;
    }
  }
}

/**
 * Takes proposals made against `base` into a working text, one call each. Proposals made against
 * another revision are refused (`stale_revision`), and so is one taken in twice; a proposal whose
 * part of the text was changed since `base` (by an earlier proposal or edit) is refused
 * (`proposal_conflict`): nothing is merged silently.
 */
export function proposalTaker(base: RevisionBase) {
  const baseSide: Side = { text: base.text, index: indexText(base.text.provisions) };
  const seen = new Set<string>();
  return (text: NegotiatingText, proposal: Proposal, newId: NewId): NegotiatingText => {
    checkProposalBase(base, proposal);
    if (seen.has(proposal.id)) {
      throw new DomainError('already_exists', 'A proposal is taken in once.', {
        proposalId: proposal.id,
      });
    }
    seen.add(proposal.id);
    if (
      text !== base.text &&
      !untouched(baseSide, { text, index: indexText(text.provisions) }, proposal.operation)
    ) {
      throw new DomainError(
        'proposal_conflict',
        'Another change in this revision changed the same wording; take this one into the next revision, or ask for it to be made again.',
        { proposalId: proposal.id },
      );
    }
    return applyOperation(
      text,
      proposal.operation,
      { proposerId: proposal.proposerId, proposalId: proposal.id },
      newId,
    );
  };
}

/** Applies proposals made against `base`, in order, each attributed to its proposer. */
export function applyProposals(
  base: RevisionBase,
  proposals: readonly Proposal[],
  newId: NewId,
): NegotiatingText {
  const take = proposalTaker(base);
  return proposals.reduce((text, proposal) => take(text, proposal, newId), base.text);
}

/** Checks, when a proposal is submitted, that it applies cleanly to the current revision. */
export function checkProposal(current: RevisionBase, proposal: Proposal, newId: NewId): void {
  applyProposals(current, [proposal], newId);
}
