import { diffSequences, type EditKind } from './diff.ts';
import { numberProvisions, type NumberedProvision } from './numbering.ts';
import type { NegotiatingText, Segment } from './types.ts';
import type { ProvisionPart } from './vocabulary.ts';
import { wordsOf } from './words.ts';

/**
 * A provision's content flattened to one token stream: agreed words as they stand, and each
 * bracket as `[`, then its options separated by `/`, then `]`. Each option starts with a marker
 * carrying its id and attribution; a delete option is the marker followed by a `(delete)` token.
 * Bracket and option markers compare by id, so adding, removing or cleaning a bracket or an
 * option shows in the redline like any wording change.
 */
export type RedlineToken =
  | { t: 'word'; text: string }
  | { t: 'open'; bracketId: string }
  | { t: 'option'; optionId: string; proposerId: string | null; proposalId: string | null }
  | { t: 'delete_option'; optionId: string }
  | { t: 'separator' }
  | { t: 'close'; bracketId: string };

export function tokensOf(content: readonly Segment[]): RedlineToken[] {
  const out: RedlineToken[] = [];
  for (const s of content) {
    if (s.type === 'agreed') {
      for (const w of wordsOf(s.text)) out.push({ t: 'word', text: w });
      continue;
    }
    out.push({ t: 'open', bracketId: s.id });
    s.options.forEach((o, i) => {
      if (i > 0) out.push({ t: 'separator' });
      out.push({ t: 'option', optionId: o.id, proposerId: o.proposerId, proposalId: o.proposalId });
      if (o.kind === 'delete') out.push({ t: 'delete_option', optionId: o.id });
      else for (const w of wordsOf(o.text)) out.push({ t: 'word', text: w });
    });
    out.push({ t: 'close', bracketId: s.id });
  }
  return out;
}

const keyOf = (token: RedlineToken): string => {
  switch (token.t) {
    case 'word':
      return `w${token.text}`;
    case 'open':
      return `[${token.bracketId}`;
    case 'option':
      return `o${token.optionId}`;
    case 'delete_option':
      return `x${token.optionId}`;
    case 'separator':
      return '/';
    case 'close':
      return `]${token.bracketId}`;
  }
};

/** Plain rendering: "The parties [agree / decide] to …"; option markers render as nothing. */
export function renderTokens(tokens: readonly RedlineToken[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.t === 'word') parts.push(token.text);
    else if (token.t === 'open') parts.push('[');
    else if (token.t === 'close') parts.push(']');
    else if (token.t === 'separator') parts.push('/');
    else if (token.t === 'delete_option') parts.push('(delete)');
  }
  return parts.join(' ').replaceAll('[ ', '[').replaceAll(' ]', ']');
}

interface RedlinePiece {
  change: EditKind;
  token: RedlineToken;
}

export interface ProvisionRedline {
  provisionId: string;
  /** added / removed whole; changed: wording, brackets, options, part, heading or place. */
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  numberBefore: string | null;
  numberAfter: string | null;
  /** From the newer text (the older one for a removed provision). */
  depth: number;
  part: ProvisionPart;
  heading: boolean;
  /** Part, heading flag or parent differ between the two texts. */
  restructured: boolean;
  /** Moved out of its order among the provisions both texts have (not merely renumbered). */
  moved: boolean;
  pieces: RedlinePiece[];
}

export interface Redline {
  textId: string;
  /** Provisions of the newer text in its order, each removed one after its old predecessor. */
  provisions: ProvisionRedline[];
  /** Words inserted and deleted, over the whole text. */
  inserted: number;
  deleted: number;
}

/**
 * Word-level redline between two versions of a text, provisions aligned by id. Every deletion
 * appears as a `delete` piece: reading the equal and deleted pieces of every provision gives back
 * the older text, the equal and inserted ones the newer.
 */
export function redline(before: NegotiatingText, after: NegotiatingText): Redline {
  const oldList = numberProvisions(before);
  const newList = numberProvisions(after);
  const oldById = new Map(oldList.map((n, i) => [n.provision.id, { n, i }]));
  const newIds = new Set(newList.map((n) => n.provision.id));
  const code = tokenCoder();
  const out: Redline = { textId: after.id, provisions: [], inserted: 0, deleted: 0 };

  const moved = movedIds(
    newList.map((n) => oldById.get(n.provision.id)?.i ?? -1),
    newList,
  );
  let next = 0;
  const flushRemovedUpTo = (end: number) => {
    for (; next < end; next++) {
      const old = oldList[next]!;
      if (!newIds.has(old.provision.id)) out.provisions.push(wholeProvision(old, 'removed', out));
    }
  };
  for (const n of newList) {
    const old = oldById.get(n.provision.id);
    if (!old) {
      out.provisions.push(wholeProvision(n, 'added', out));
      continue;
    }
    flushRemovedUpTo(old.i + 1);
    out.provisions.push(comparedProvision(old.n, n, code, out, moved.has(n.provision.id)));
  }
  flushRemovedUpTo(oldList.length);
  return out;
}

/**
 * The provisions both texts have that left their order: all but a longest run kept in the same
 * order (a longest increasing subsequence of their old places, O(n log n)).
 */
function movedIds(
  oldPlaces: readonly number[],
  newList: readonly NumberedProvision[],
): Set<string> {
  const kept: number[] = [];
  const tails: number[] = [];
  const before = new Int32Array(oldPlaces.length).fill(-1);
  oldPlaces.forEach((place, i) => {
    if (place < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (oldPlaces[tails[mid]!]! < place) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  for (let i = tails.at(-1) ?? -1; i >= 0; i = before[i]!) kept.push(i);
  const inOrder = new Set(kept);
  const moved = new Set<string>();
  oldPlaces.forEach((place, i) => {
    if (place >= 0 && !inOrder.has(i)) moved.add(newList[i]!.provision.id);
  });
  return moved;
}

/** Numbers tokens by key, so that the diff compares integers and not strings. */
function tokenCoder(): (token: RedlineToken) => number {
  const intern = new Map<string, number>();
  return (token) => {
    const key = keyOf(token);
    let c = intern.get(key);
    if (c === undefined) {
      c = intern.size;
      intern.set(key, c);
    }
    return c;
  };
}

/** A provision only one of the texts has; its words count towards `totals`. */
function wholeProvision(
  n: NumberedProvision,
  change: 'added' | 'removed',
  totals: Pick<Redline, 'inserted' | 'deleted'>,
): ProvisionRedline {
  const pieces = tokensOf(n.provision.content).map((token) => ({
    change: change === 'added' ? ('insert' as const) : ('delete' as const),
    token,
  }));
  const words = pieces.filter((p) => p.token.t === 'word').length;
  if (change === 'added') totals.inserted += words;
  else totals.deleted += words;
  return {
    provisionId: n.provision.id,
    change,
    numberBefore: change === 'removed' ? n.number : null,
    numberAfter: change === 'added' ? n.number : null,
    depth: n.depth,
    part: n.provision.part,
    heading: n.provision.heading,
    restructured: false,
    moved: false,
    pieces,
  };
}

/** A provision both texts have; its inserted and deleted words count towards `totals`. */
function comparedProvision(
  old: NumberedProvision,
  n: NumberedProvision,
  code: (token: RedlineToken) => number,
  totals: Pick<Redline, 'inserted' | 'deleted'>,
  moved: boolean,
): ProvisionRedline {
  const a = old.provision;
  const b = n.provision;
  let pieces: RedlinePiece[];
  let changed = false;
  // The same content object means an untouched provision: no diff to run.
  if (a.content === b.content) {
    pieces = tokensOf(b.content).map((token) => ({ change: 'equal', token }));
  } else {
    const aTokens = tokensOf(a.content);
    const bTokens = tokensOf(b.content);
    pieces = [];
    for (const run of diffSequences(aTokens.map(code), bTokens.map(code))) {
      const from = run.kind === 'delete' ? aTokens : bTokens;
      const start = run.kind === 'delete' ? run.aStart : run.bStart;
      for (let k = 0; k < run.length; k++) {
        const token = from[start + k]!;
        pieces.push({ change: run.kind, token });
        if (run.kind !== 'equal') {
          changed = true;
          if (token.t === 'word') {
            if (run.kind === 'insert') totals.inserted++;
            else totals.deleted++;
          }
        }
      }
    }
  }
  const restructured = a.part !== b.part || a.heading !== b.heading || old.parentId !== n.parentId;
  return {
    provisionId: b.id,
    change: changed || restructured || moved ? 'changed' : 'unchanged',
    numberBefore: old.number,
    numberAfter: n.number,
    depth: n.depth,
    part: b.part,
    heading: b.heading,
    restructured,
    moved,
    pieces,
  };
}

/** Plain-text redline for logs and tests: insertions as {+…+}, deletions as {-…-}. */
export function renderRedline(provision: Pick<ProvisionRedline, 'pieces'>): string {
  const groups: string[] = [];
  let i = 0;
  const pieces = provision.pieces;
  while (i < pieces.length) {
    const change = pieces[i]!.change;
    let j = i;
    while (j < pieces.length && pieces[j]!.change === change) j++;
    const text = renderTokens(pieces.slice(i, j).map((p) => p.token));
    if (text !== '') {
      groups.push(change === 'insert' ? `{+${text}+}` : change === 'delete' ? `{-${text}-}` : text);
    }
    i = j;
  }
  return groups.join(' ');
}

/** A token as plain text: a word, or the bracket marks; null for an option's start (no text). */
export function tokenText(token: RedlineToken, deleteOptionLabel: string): string | null {
  switch (token.t) {
    case 'word':
      return token.text;
    case 'open':
      return '[';
    case 'close':
      return ']';
    case 'separator':
      return '/';
    case 'delete_option':
      return deleteOptionLabel;
    case 'option':
      return null;
  }
}
