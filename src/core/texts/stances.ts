import { DomainError } from '../errors.ts';
import { numberProvisions } from './numbering.ts';
import { indexText } from './structure.ts';
import type { Provision, ProvisionStance, Revision } from './types.ts';
import type { ProvisionState, TextStance } from './vocabulary.ts';

export interface SetStanceInput {
  textId: string;
  provisionId: string;
  participantId: string;
  stance: TextStance;
  comment: string;
}

/**
 * Records a party's stance on a provision of the current revision (last word wins). Refused for
 * a provision of another document or one not in the current revision, and for non-parties.
 */
export function setStance(
  stances: readonly ProvisionStance[],
  current: Pick<Revision, 'number' | 'text'>,
  input: SetStanceInput,
  parties: readonly string[],
  at: Date,
): ProvisionStance[] {
  if (input.textId !== current.text.id) {
    throw new DomainError('wrong_text', 'The stance is addressed to another document.');
  }
  if (!indexText(current.text.provisions).provisions.has(input.provisionId)) {
    throw new DomainError(
      'wrong_text',
      'The provision is not part of the current revision of this document.',
      { provisionId: input.provisionId },
    );
  }
  if (!parties.includes(input.participantId)) {
    throw new DomainError('forbidden', 'Only the parties to the text mark stances on it.');
  }
  const stance: ProvisionStance = {
    textId: input.textId,
    provisionId: input.provisionId,
    participantId: input.participantId,
    stance: input.stance,
    comment: input.comment.trim(),
    revision: current.number,
    updatedAt: at,
  };
  return [
    ...stances.filter(
      (s) => !(s.provisionId === input.provisionId && s.participantId === input.participantId),
    ),
    stance,
  ];
}

const hasBracket = (p: Provision) => p.content.some((s) => s.type === 'bracket');

/** Stances of the given revision, by provision then participant. */
function stanceTable(stances: readonly ProvisionStance[], textId: string, revision: number) {
  const table = new Map<string, Map<string, TextStance>>();
  for (const s of stances) {
    if (s.textId !== textId || s.revision !== revision) continue;
    let row = table.get(s.provisionId);
    if (!row) table.set(s.provisionId, (row = new Map()));
    row.set(s.participantId, s.stance);
  }
  return table;
}

function stateOf(
  p: Provision,
  row: Map<string, TextStance> | undefined,
  parties: readonly string[],
): ProvisionState {
  if (hasBracket(p) || parties.length === 0 || !row) return 'open';
  let adReferendum = false;
  for (const party of parties) {
    const s = row.get(party);
    if (s === 'agree_ad_referendum') adReferendum = true;
    else if (s !== 'agree') return 'open';
  }
  return adReferendum ? 'agreed_ad_referendum' : 'agreed';
}

interface ProvisionSummary {
  provisionId: string;
  number: string | null;
  depth: number;
  state: ProvisionState;
  brackets: number;
  /** How many parties hold each stance; parties without one count as `none`. */
  counts: Record<TextStance | 'none', number>;
}

export interface TextSummary {
  /**
   * agreed: every provision agreed outright by every party and no bracket left; agreed ad
   * referendum: the same with some agreement ad referendum; open otherwise ("nothing is agreed
   * until everything is agreed").
   */
  state: ProvisionState;
  brackets: number;
  provisions: ProvisionSummary[];
}

/**
 * The consolidated view: each provision's computed state and stance counts, and the text's
 * state. Only stances given on this revision count (see `carryOverStances`). No parties: open.
 */
export function summarize(
  current: Pick<Revision, 'number' | 'text'>,
  stances: readonly ProvisionStance[],
  parties: readonly string[],
): TextSummary {
  const table = stanceTable(stances, current.text.id, current.number);
  const partySet = new Set(parties);
  let brackets = 0;
  let open = false;
  let adReferendum = false;
  const provisions = numberProvisions(current.text).map(({ provision: p, number, depth }) => {
    const row = table.get(p.id);
    const state = stateOf(p, row, parties);
    if (state === 'open') open = true;
    if (state === 'agreed_ad_referendum') adReferendum = true;
    const counts = { agree: 0, agree_ad_referendum: 0, object: 0, reserve: 0, none: 0 };
    for (const [participantId, stance] of row ?? [])
      if (partySet.has(participantId)) counts[stance]++;
    counts.none =
      parties.length - counts.agree - counts.agree_ad_referendum - counts.object - counts.reserve;
    const b = p.content.filter((s) => s.type === 'bracket').length;
    brackets += b;
    return { provisionId: p.id, number, depth, state, brackets: b, counts };
  });
  return {
    state: open ? 'open' : adReferendum ? 'agreed_ad_referendum' : 'agreed',
    brackets,
    provisions,
  };
}

export function provisionState(
  current: Pick<Revision, 'number' | 'text'>,
  provisionId: string,
  stances: readonly ProvisionStance[],
  parties: readonly string[],
): ProvisionState {
  const p = indexText(current.text.provisions).provisions.get(provisionId)?.provision;
  if (!p) throw new DomainError('wrong_text', 'The provision is not part of this revision.');
  return stateOf(
    p,
    stanceTable(stances, current.text.id, current.number).get(provisionId),
    parties,
  );
}

export const textState = (
  current: Pick<Revision, 'number' | 'text'>,
  stances: readonly ProvisionStance[],
  parties: readonly string[],
): ProvisionState => summarize(current, stances, parties).state;

/** Same wording, brackets and options (by id and text): a stance given on one holds for the other. */
export function sameProvisionWording(a: Provision, b: Provision): boolean {
  if (a.content === b.content) return true;
  if (a.content.length !== b.content.length) return false;
  return a.content.every((s, i) => {
    const t = b.content[i]!;
    if (s.type === 'agreed') return t.type === 'agreed' && t.text === s.text;
    if (t.type !== 'bracket' || t.id !== s.id || t.options.length !== s.options.length)
      return false;
    return s.options.every((o, j) => {
      const u = t.options[j]!;
      return (
        u.id === o.id &&
        u.kind === o.kind &&
        (o.kind === 'delete' || (u.kind === 'wording' && u.text === o.text))
      );
    });
  });
}

/**
 * When a new revision is issued, stances on provisions whose wording did not change carry over
 * to it; stances on changed or removed provisions stay with the older revision (a party agreed
 * to a wording, not to whatever replaces it).
 */
export function carryOverStances(
  previous: Pick<Revision, 'number' | 'text'>,
  next: Pick<Revision, 'number' | 'text'>,
  stances: readonly ProvisionStance[],
): ProvisionStance[] {
  const nextIndex = indexText(next.text.provisions);
  const prevIndex = indexText(previous.text.provisions);
  return stances.map((s) => {
    if (s.textId !== next.text.id || s.revision !== previous.number) return s;
    const before = prevIndex.provisions.get(s.provisionId)?.provision;
    const after = nextIndex.provisions.get(s.provisionId)?.provision;
    return before && after && sameProvisionWording(before, after)
      ? { ...s, revision: next.number }
      : s;
  });
}
