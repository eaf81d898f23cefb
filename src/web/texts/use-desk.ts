import { useMemo, useState } from 'react';
import type { Edit } from '../../core/texts/edits.ts';
import type { RevisionBase } from '../../core/texts/proposals.ts';
import { redline } from '../../core/texts/redline.ts';
import type { NegotiatingText } from '../../core/texts/types.ts';
import type { ProposalData, TextViewData } from './api.ts';
import { draftOf, withoutStep } from './desk-model.ts';
import { baseOf, redlineView } from './text-model.ts';

/** A step the core refused, and where in the desk it was tried (a provision's or proposal's id). */
export interface Refusal {
  error: unknown;
  where: string;
}

export interface Desk {
  /** The revision the draft was started on (kept, even once another is issued meanwhile). */
  base: RevisionBase;
  steps: readonly Edit[];
  draft: NegotiatingText;
  refusal: Refusal | null;
  /** Adds a step; false (and a refusal at `where`) if the core refuses it. */
  add(step: Edit, where: string): boolean;
  /**
   * Replaces every step from `from` on with `step` (none: drops them): typing in a field redoes
   * its one step as the words change.
   */
  redoFrom(from: number, step: Edit | null, where: string): boolean;
  remove(index: number, where: string): boolean;
  clear(): void;
  /** Drops the draft and starts one on the revision the view shows now. */
  restart(): void;
}

/** The desk as handlers read it when they run (rows of a long text render only when they change). */
export type DeskRef = { readonly current: Desk };

/** The draft of the next revision, its steps, and whatever the core last refused. */
export function useDesk(doc: TextViewData, proposals: readonly ProposalData[] | undefined): Desk {
  // The base stays while the view moves on (another penholder issued a revision): the draft
  // still shows what it was made on, and the server will refuse it as stale.
  const [base, setBase] = useState(() => baseOf(doc));
  const [steps, setSteps] = useState<readonly Edit[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const known = useMemo(() => new Map((proposals ?? []).map((p) => [p.id, p])), [proposals]);
  // Who the draft's own options are attributed to; the server attributes them to the seat that
  // holds the pen, which the view does not single out among the viewer's seats.
  const penholder = doc.viewer.participantIds[0] ?? '';
  const draft = useMemo(() => {
    if (steps.length === 0) return base.text;
    try {
      return draftOf(base, steps, known, penholder);
    } catch {
      // Only steps the core accepted are kept; a proposal list that changed meanwhile shows the
      // revision until the steps apply again.
      return base.text;
    }
  }, [base, steps, known, penholder]);
  const attempt = (next: readonly Edit[], where: string) => {
    try {
      draftOf(base, next, known, penholder);
    } catch (error) {
      setRefusal({ error, where });
      return false;
    }
    setSteps(next);
    setRefusal(null);
    return true;
  };
  return {
    base,
    steps,
    draft,
    refusal,
    add: (step, where) => attempt([...steps, step], where),
    redoFrom: (from, step, where) =>
      attempt(step === null ? steps.slice(0, from) : [...steps.slice(0, from), step], where),
    remove: (index, where) => attempt(withoutStep(steps, index), where),
    clear: () => {
      setSteps([]);
      setRefusal(null);
    },
    restart: () => {
      setBase(baseOf(doc));
      setSteps([]);
      setRefusal(null);
    },
  };
}

/** The changed provisions of the draft against its base, as a redline; and word totals. */
export function useDraftRedline(desk: Pick<Desk, 'base' | 'draft'>) {
  return useMemo(() => {
    const r = redline(desk.base.text, desk.draft);
    return {
      provisions: redlineView(r).filter((p) => p.change !== 'unchanged'),
      inserted: r.inserted,
      deleted: r.deleted,
    };
  }, [desk.base, desk.draft]);
}
