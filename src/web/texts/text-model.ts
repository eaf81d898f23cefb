// The text as the core models it, rebuilt from the view the server sent, so that the client can
// run the core's own operations and redline on it: a proposal's change, the penholder's draft.
// Attribution stays exactly as the server masked it for this viewer.
import { applyOperation, type Operation } from '../../core/texts/operations.ts';
import type { Proposal, RevisionBase } from '../../core/texts/proposals.ts';
import { redline, renderRedline, type Redline } from '../../core/texts/redline.ts';
import type { BracketOption, NegotiatingText, Provision, Segment } from '../../core/texts/types.ts';
import type { ProposalData, RedlineData, SegmentData, TextViewData } from './api.ts';

type OptionData = Extract<SegmentData, { type: 'bracket' }>['options'][number];

function optionOf(o: OptionData): BracketOption {
  const base = {
    id: o.id,
    proposerId: o.proposerId,
    proposalId: o.proposalId,
    amendments: o.amendments,
  };
  return o.kind === 'delete'
    ? { ...base, kind: 'delete' }
    : { ...base, kind: 'wording', text: o.text ?? '' };
}

const segmentOf = (s: SegmentData): Segment =>
  s.type === 'agreed'
    ? { type: 'agreed', text: s.text }
    : { type: 'bracket', id: s.id, options: s.options.map(optionOf) };

type MutableProvision = Omit<Provision, 'children'> & { children: MutableProvision[] };

function build(doc: TextViewData): RevisionBase {
  const roots: MutableProvision[] = [];
  const byId = new Map<string, MutableProvision>();
  for (const p of doc.revision.provisions) {
    const node: MutableProvision = {
      id: p.id,
      part: p.part,
      heading: p.heading,
      content: p.content.map(segmentOf),
      children: [],
    };
    byId.set(p.id, node);
    (p.parentId === null ? roots : (byId.get(p.parentId)?.children ?? roots)).push(node);
  }
  const text: NegotiatingText = {
    id: doc.id,
    roundId: doc.roundId,
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    settings: doc.settings,
    provisions: roots,
  };
  return { number: doc.revision.number, text };
}

// One rebuild per view: every proposal card and the desk share it, and identity lets the redline
// skip provisions a change did not touch.
const built = new WeakMap<TextViewData, RevisionBase>();

/** The revision the view shows, as the core's text. */
export function baseOf(doc: TextViewData): RevisionBase {
  let base = built.get(doc);
  if (base === undefined) {
    base = build(doc);
    built.set(doc, base);
  }
  return base;
}

/** A proposal as the core takes it in; a proposer withheld from the viewer stays unnamed. */
export const proposalOf = (p: ProposalData, textId: string): Proposal => ({
  id: p.id,
  textId,
  proposerId: p.proposerId ?? '',
  basedOnRevision: p.basedOnRevision,
  operation: p.operation as Operation,
  rationale: p.rationale,
});

export type RedlineProvisionData = RedlineData['provisions'][number];

/** A core redline in the shape the redline view has (no masking: the inputs are masked already). */
export function redlineView(r: Redline): RedlineProvisionData[] {
  return r.provisions.map((p) => ({
    ...p,
    text: renderRedline(p),
    pieces: p.pieces.map(({ change, token }) => ({
      change,
      token: token.t === 'option' ? { ...token, proposerId: token.proposerId || null } : token,
    })),
  }));
}

/** The provisions a proposal changes, as a redline against the revision it was made on. */
export function proposalRedline(
  base: RevisionBase,
  p: ProposalData,
): RedlineProvisionData[] | null {
  let n = 0;
  try {
    const after = applyOperation(
      base.text,
      p.operation as Operation,
      { proposerId: p.proposerId ?? '', proposalId: p.id },
      () => `preview_${++n}`,
    );
    return redlineView(redline(base.text, after)).filter((x) => x.change !== 'unchanged');
  } catch {
    // A proposal that no longer applies to its own revision has nothing to show but its kind.
    return null;
  }
}
