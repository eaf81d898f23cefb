// The penholder's direct edits of the next revision: steps applied in order after the proposals
// and cleanings of the revision command. A step is an operation of the penholder's own (the same
// operations parties propose), a move of a provision, or the taking in of a proposal at that point.
import { DomainError } from '../errors.ts';
import { applyOperation, type Author, type Operation, type WordingLocation } from './operations.ts';
import { badSpan } from './operation-steps.ts';
import type { Proposal } from './proposals.ts';
import { checkSiblings, findProvision, indexText, updateChildren } from './structure.ts';
import type { NegotiatingText, NewId, Provision } from './types.ts';

/** Moves a provision, with its sub-paragraphs, to `position` among the children of `parentId`. */
export interface MoveProvision {
  op: 'move_provision';
  provisionId: string;
  /** Null: the top level. */
  parentId: string | null;
  /** Counted in the list as it is once the provision has been taken out of it. */
  position: number;
}

/** A step as the revision command carries it: a proposal is named by its id. */
export type Edit = Operation | MoveProvision | { op: 'take_in'; proposalId: string };

/** A step as the core applies it: the proposal it takes in, looked up. */
export type RevisionStep = Operation | MoveProvision | { op: 'take_in'; proposal: Proposal };

/**
 * The name of the `k`-th thing (provision, bracket, option) that step `step` makes, both counted
 * from 1. A later step points at it by that name, since its real id is only made when the server
 * applies the steps; a draft of the revision uses the names themselves as ids.
 */
export const madeName = (step: number, k: number): string => `new_${step}_${k}`;

export interface StepIds {
  /** The id generator of one step: real ids on the server, their names in a draft. */
  forStep(step: number): NewId;
  /** The real id a name stands for; any other id unchanged. */
  resolve(id: string): string;
}

/** Ids for the steps of one revision; with `newId` null, the names themselves (a draft). */
export function stepIds(newId: NewId | null): StepIds {
  const real = new Map<string, string>();
  return {
    forStep(step) {
      let k = 0;
      return () => {
        const name = madeName(step, ++k);
        const id = newId === null ? name : newId();
        real.set(name, id);
        return id;
      };
    },
    resolve: (id) => real.get(id) ?? id,
  };
}

function resolveLocation(at: WordingLocation, r: (id: string) => string): WordingLocation {
  return at.in === 'agreed'
    ? { ...at, provisionId: r(at.provisionId) }
    : { ...at, bracketId: r(at.bracketId), optionId: r(at.optionId) };
}

/** The step with every id it names passed through `r` (names of things earlier steps made, say). */
export function resolveStep<S extends RevisionStep | Edit>(step: S, r: (id: string) => string): S {
  const s: RevisionStep | Edit = step;
  const parent = (id: string | null) => (id === null ? null : r(id));
  switch (s.op) {
    case 'replace_wording':
    case 'insert_wording':
    case 'delete_wording':
    case 'add_bracket':
      return { ...s, at: resolveLocation(s.at, r) } as S;
    case 'add_option':
      return { ...s, bracketId: r(s.bracketId) } as S;
    case 'remove_option':
    case 'resolve_bracket':
      return { ...s, bracketId: r(s.bracketId), optionId: r(s.optionId) } as S;
    case 'add_provision':
      return { ...s, parentId: parent(s.parentId) } as S;
    case 'remove_provision':
      return { ...s, provisionId: r(s.provisionId) } as S;
    case 'move_provision':
      return { ...s, provisionId: r(s.provisionId), parentId: parent(s.parentId) } as S;
    case 'take_in':
      return step;
  }
}

const within = (p: Provision, id: string): boolean =>
  p.id === id || p.children.some((c) => within(c, id));

/** Takes the provision out of its list and puts it at `position` of the target list. */
export function moveProvision(text: NegotiatingText, move: MoveProvision): NegotiatingText {
  const index = indexText(text.provisions);
  const { provision, parentId: from } = findProvision(index, move.provisionId);
  const to = move.parentId;
  if (to !== null) {
    findProvision(index, to);
    if (within(provision, to)) {
      throw new DomainError(
        'invalid_structure',
        'A provision cannot move under itself or its own sub-paragraphs.',
        { provisionId: provision.id },
      );
    }
  }
  const taken = updateChildren(text, index, from, (list) =>
    list.filter((p) => p.id !== provision.id),
  );
  const after = indexText(taken.provisions);
  const parent = to === null ? null : findProvision(after, to).provision;
  const siblings = parent ? parent.children : taken.provisions;
  const { position } = move;
  if (!Number.isInteger(position) || position < 0 || position > siblings.length) {
    throw badSpan(`Position ${position} is outside the list of ${siblings.length} provisions.`);
  }
  return updateChildren(taken, after, to, (list) => {
    const next = [...list.slice(0, position), provision, ...list.slice(position)];
    checkSiblings(next, parent?.part ?? null);
    return next;
  });
}

/** Takes a proposal into the working text (the revision's rules for proposals: see proposals.ts). */
export type TakeIn = (text: NegotiatingText, proposal: Proposal, newId: NewId) => NegotiatingText;

/**
 * Applies the steps in order. The penholder's own operations are attributed to `penholder`
 * (no proposal); a proposal taken in keeps its proposer.
 */
export function applySteps(
  text: NegotiatingText,
  steps: readonly RevisionStep[],
  penholder: string,
  ids: StepIds,
  takeIn: TakeIn,
): NegotiatingText {
  const by: Author = { proposerId: penholder, proposalId: null };
  return steps.reduce((working, raw, i) => {
    const step = resolveStep(raw, ids.resolve);
    const newId = ids.forStep(i + 1);
    if (step.op === 'take_in') return takeIn(working, step.proposal, newId);
    if (step.op === 'move_provision') return moveProvision(working, step);
    return applyOperation(working, step, by, newId);
  }, text);
}
