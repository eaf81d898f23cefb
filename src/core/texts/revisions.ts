import { DomainError } from '../errors.ts';
import { applyOperation } from './operations.ts';
import { applySteps, stepIds, type RevisionStep, type StepIds } from './edits.ts';
import { proposalTaker, type Proposal, type RevisionBase } from './proposals.ts';
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

/** What a revision command brings, the proposals and the proposals its steps take in looked up. */
export interface RevisionInput {
  basedOnRevision: number;
  /** Taken in first, in order. */
  proposals: readonly Proposal[];
  /** Then these brackets are cleaned. */
  cleanings: readonly Cleaning[];
  /** Then the penholder's direct edits, in order. */
  steps?: readonly RevisionStep[] | undefined;
}

/** The wording of the next revision, and the proposals it took in (in the order applied). */
function revisedText(
  previous: RevisionBase,
  input: RevisionInput,
  penholder: string,
  newId: NewId,
  ids: StepIds,
): { text: NegotiatingText; proposalIds: string[] } {
  if (input.basedOnRevision !== previous.number) {
    throw new DomainError(
      'stale_revision',
      `This revision was prepared against Rev.${input.basedOnRevision}; the current revision is Rev.${previous.number}.`,
      { basedOnRevision: input.basedOnRevision, current: previous.number },
    );
  }
  const takeIn = proposalTaker(previous);
  let text = input.proposals.reduce((t, p) => takeIn(t, p, newId), previous.text);
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
      { proposerId: penholder, proposalId: null },
      newId,
    );
  }
  const steps = input.steps ?? [];
  text = applySteps(text, steps, penholder, ids, takeIn);
  checkText(text);
  const stepProposals = steps.flatMap((s) => (s.op === 'take_in' ? [s.proposal.id] : []));
  return { text, proposalIds: [...input.proposals.map((p) => p.id), ...stepProposals] };
}

/**
 * The next revision: `previous` with the proposals taken in (in order, attribution kept), then
 * the penholder's bracket cleanings, then their direct edits. The revision command names the
 * revision it was prepared against; if that is no longer the latest it is refused
 * (`stale_revision`).
 */
export function nextRevision(
  previous: Revision,
  input: RevisionInput,
  meta: IssueMeta,
  newId: NewId,
): Revision {
  const { text, proposalIds } = revisedText(previous, input, meta.issuedBy, newId, stepIds(newId));
  return deepFreeze({
    textId: previous.textId,
    number: previous.number + 1,
    label: checkWording(meta.label, 'label'),
    // Structure shared with the previous revision is already frozen; unchanged provisions keep
    // their identity, which makes redlines between neighbouring revisions cheap.
    text,
    proposalIds,
    cleanings: input.cleanings.map((c) => ({ ...c })),
    issuedBy: meta.issuedBy,
    issuedAt: new Date(meta.issuedAt),
  });
}

/**
 * The wording the next revision would have, as the penholder prepares it: what `nextRevision`
 * makes of the same input, except that what the steps make is named (`madeName`) rather than
 * given an id, so that later steps can point at it. Throws as `nextRevision` would.
 */
export function draftRevision(
  previous: RevisionBase,
  input: RevisionInput,
  penholder: string,
): NegotiatingText {
  let n = 0;
  const scratch = () => `draft_${++n}`;
  return revisedText(previous, input, penholder, scratch, stepIds(null)).text;
}
