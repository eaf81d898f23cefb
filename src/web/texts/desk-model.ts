// The penholder's drafting desk, pure: the steps of the next revision, the draft they make (by the
// core's own rules, so what the desk shows is what the server will issue), and the steps the
// editor's gestures become.
import { notFound } from '../../core/errors.ts';
import { madeName, resolveStep, type Edit, type RevisionStep } from '../../core/texts/edits.ts';
import type { Operation, WordingLocation } from '../../core/texts/operations.ts';
import type { RevisionBase } from '../../core/texts/proposals.ts';
import { draftRevision } from '../../core/texts/revisions.ts';
import type { NumberedProvision } from '../../core/texts/numbering.ts';
import type { NegotiatingText } from '../../core/texts/types.ts';
import type { ProposalData } from './api.ts';
import { proposalOf } from './text-model.ts';

/** The next revision as the penholder makes it, from `base` and the steps taken so far. */
export function draftOf(
  base: RevisionBase,
  steps: readonly Edit[],
  proposals: ReadonlyMap<string, ProposalData>,
  penholder: string,
): NegotiatingText {
  const resolved: RevisionStep[] = steps.map((s) => {
    if (s.op !== 'take_in') return s;
    const p = proposals.get(s.proposalId);
    if (p === undefined) throw notFound('Proposal');
    return { op: 'take_in', proposal: proposalOf(p, base.text.id) };
  });
  return draftRevision(
    base,
    { basedOnRevision: base.number, proposals: [], cleanings: [], steps: resolved },
    penholder,
  );
}

const NAME = /^new_(\d+)_(\d+)$/u;

/**
 * The steps without step `i` (from 0). Things later steps made are named by their step's place,
 * so their names move down by one; a step that pointed at what step `i` made will fail to apply.
 */
export function withoutStep(steps: readonly Edit[], i: number): Edit[] {
  const rename = (id: string) => {
    const m = NAME.exec(id);
    if (m === null) return id;
    const step = Number(m[1]);
    return step > i + 1 ? madeName(step - 1, Number(m[2])) : id;
  };
  return steps.filter((_, j) => j !== i).map((s, j) => (j < i ? s : resolveStep(s, rename)));
}

const wordsIn = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/**
 * The smallest operation turning the words of `before` into those of `after` (common words at
 * either end kept), or null when the words are the same.
 */
export function rewording(at: WordingLocation, before: string, after: string): Operation | null {
  const a = wordsIn(before);
  const b = wordsIn(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end))
    end++;
  const removed = a.length - start - end;
  const text = b.slice(start, b.length - end).join(' ');
  if (removed === 0 && text === '') return null;
  if (removed === 0) return { op: 'insert_wording', at, position: start, text };
  if (text === '') return { op: 'delete_wording', at, start, end: start + removed };
  return { op: 'replace_wording', at, start, end: start + removed, text };
}

/** The words a selection of characters in `text` touches, as [start, end) word positions. */
export function wordRange(
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  let index = 0;
  for (const m of text.matchAll(/\S+/gu)) {
    const first = m.index;
    const last = first + m[0].length;
    if (first < to && last > from) {
      if (start < 0) start = index;
      end = index + 1;
    }
    index++;
  }
  return start < 0 || from === to ? null : { start, end };
}

/** Where each provision of the draft sits among its siblings, and whether it may move there. */
export function placesOf(entries: readonly NumberedProvision[]) {
  const lists = new Map<string | null, NumberedProvision[]>();
  for (const e of entries) lists.set(e.parentId, [...(lists.get(e.parentId) ?? []), e]);
  return (e: NumberedProvision) => {
    const siblings = lists.get(e.parentId)!;
    const index = siblings.indexOf(e);
    // Preamble before operative part: a move never crosses the line between them.
    const may = (other: NumberedProvision | undefined) =>
      other?.provision.part === e.provision.part;
    return {
      index,
      up: may(siblings[index - 1]),
      down: may(siblings[index + 1]),
      // A text keeps at least one provision.
      removable: e.parentId !== null || siblings.length > 1,
    };
  };
}
