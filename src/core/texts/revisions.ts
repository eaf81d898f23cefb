import { DomainError } from '../errors.ts';
import { applyOperation } from './operations.ts';
import { applyProposals, type Proposal } from './proposals.ts';
import { checkText } from './structure.ts';
import type { Cleaning, NegotiatingText, NewId, Revision } from './types.ts';
import { checkWording } from './words.ts';

export interface IssueMeta {
  /** e.g. "chair's draft" */
  label: string;
  /** The penholder's participant id. */
  issuedBy: string;
  issuedAt: Date;
}

/** Revisions are immutable: the snapshot and everything in it are frozen. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Rev.N as a label: "Rev.2". */
export const revisionName = (r: Pick<Revision, 'number'>) => `Rev.${r.number}`;

/** Rev.1: the penholder's first draft, issued as it stands. */
export function firstRevision(text: NegotiatingText, meta: IssueMeta): Revision {
  checkText(text);
  return deepFreeze({
    textId: text.id,
    number: 1,
    label: checkWording(meta.label, 'label'),
    text: structuredClone(text),
    proposalIds: [],
    cleanings: [],
    issuedBy: meta.issuedBy,
    issuedAt: new Date(meta.issuedAt),
  });
}

/**
 * The next revision: `previous` with the proposals taken in (in order, attribution kept) and
 * then the penholder's bracket cleanings. The revision command names the revision it was
 * prepared against; if that is no longer the latest it is refused (`stale_revision`).
 */
export function nextRevision(
  previous: Revision,
  input: {
    basedOnRevision: number;
    proposals: readonly Proposal[];
    cleanings: readonly Cleaning[];
  },
  meta: IssueMeta,
  newId: NewId,
): Revision {
  if (input.basedOnRevision !== previous.number) {
    throw new DomainError(
      'stale_revision',
      `This revision was prepared against Rev.${input.basedOnRevision}; the current revision is Rev.${previous.number}.`,
      { basedOnRevision: input.basedOnRevision, current: previous.number },
    );
  }
  let text = applyProposals(previous, input.proposals, newId);
  const cleaned = new Set<string>();
  for (const c of input.cleanings) {
    if (cleaned.has(c.bracketId)) {
      throw new DomainError('already_exists', 'A bracket is cleaned once.', {
        bracketId: c.bracketId,
      });
    }
    cleaned.add(c.bracketId);
    text = applyOperation(
      text,
      { op: 'resolve_bracket', bracketId: c.bracketId, optionId: c.optionId },
      { proposerId: meta.issuedBy, proposalId: null },
      newId,
    );
  }
  checkText(text);
  return deepFreeze({
    textId: previous.textId,
    number: previous.number + 1,
    label: checkWording(meta.label, 'label'),
    // Structure shared with the previous revision is already frozen; unchanged provisions keep
    // their identity, which makes redlines between neighbouring revisions cheap.
    text,
    proposalIds: input.proposals.map((p) => p.id),
    cleanings: input.cleanings.map((c) => ({ ...c })),
    issuedBy: meta.issuedBy,
    issuedAt: new Date(meta.issuedAt),
  });
}
