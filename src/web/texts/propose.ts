// What the proposal form sends: one core operation built from the words picked in a provision and
// the kind of change chosen (pure, tested).
import type { OperationInput, ProvisionData } from './api.ts';
import { positionAfter, wordsOf, wordingPlaces, type WordingPlace } from './model.ts';

/** Words picked in one wording place of a provision: positions [start, end). */
export interface WordPick {
  place: WordingPlace;
  start: number;
  end: number;
}

/** What a proposal is about: a provision, and the words picked in it (none: the whole provision). */
export interface ProposeTarget {
  provision: ProvisionData;
  pick: WordPick | null;
}

export type ProposeKind =
  | 'replace'
  | 'delete'
  | 'bracket'
  | 'insert_before'
  | 'insert_after'
  | 'add_option'
  | 'remove_option'
  | 'add_provision'
  | 'remove_provision';

/**
 * For a new bracket: the words as they stand only, or also another wording, or deleting them.
 * For a new option: another wording, or deleting the bracketed words.
 */
export type Alternative = 'none' | 'wording' | 'delete';

/** How a wording place is named in the page (`data-place` of its words). */
export const placeKey = (place: WordingPlace): string =>
  place.in === 'agreed' ? `a${place.segment}` : `o${place.optionId}`;

export function placeByKey(provision: ProvisionData, key: string): WordingPlace | undefined {
  return wordingPlaces(provision).find((p) => placeKey(p) === key);
}

/** The changes that make sense for the target: brackets never nest, an option belongs to one. */
export function kindsFor(target: ProposeTarget): ProposeKind[] {
  const place = target.pick?.place;
  if (place === undefined) return ['add_provision', 'remove_provision'];
  const words: ProposeKind[] = ['replace', 'delete', 'insert_before', 'insert_after'];
  return place.in === 'agreed'
    ? [...words.slice(0, 2), 'bracket', ...words.slice(2)]
    : [...words, 'add_option', 'remove_option'];
}

export function needsText(kind: ProposeKind, alternative: Alternative): boolean {
  switch (kind) {
    case 'replace':
    case 'insert_before':
    case 'insert_after':
    case 'add_provision':
      return true;
    case 'add_option':
      return alternative !== 'delete';
    case 'bracket':
      return alternative === 'wording';
    default:
      return false;
  }
}

/** The words picked, as they read. */
export const pickedWords = (pick: WordPick): string =>
  wordsOf(pick.place.text).slice(pick.start, pick.end).join(' ');

const locationOf = (place: WordingPlace) =>
  place.in === 'agreed'
    ? { in: 'agreed' as const, provisionId: place.provisionId, segment: place.segment }
    : { in: 'option' as const, bracketId: place.bracketId, optionId: place.optionId };

export interface ProposeFields {
  kind: ProposeKind;
  target: ProposeTarget;
  /** Every provision of the revision, for where a new one goes. */
  provisions: readonly ProvisionData[];
  text: string;
  alternative: Alternative;
}

function wordOperation(kind: ProposeKind, pick: WordPick, text: string): OperationInput | null {
  const at = locationOf(pick.place);
  const { start, end } = pick;
  switch (kind) {
    case 'replace':
      return { op: 'replace_wording', at, start, end, text };
    case 'delete':
      return { op: 'delete_wording', at, start, end };
    case 'insert_before':
      return { op: 'insert_wording', at, position: start, text };
    case 'insert_after':
      return { op: 'insert_wording', at, position: end, text };
    default:
      return null;
  }
}

/** The operation the fields describe, or null while they do not describe one. */
export function buildOperation({
  kind,
  target,
  provisions,
  text,
  alternative,
}: ProposeFields): OperationInput | null {
  const { provision, pick } = target;
  const place = pick?.place;
  if (kind === 'add_provision') {
    return {
      op: 'add_provision',
      ...positionAfter(provisions, provision),
      provision: {
        part: provision.part,
        heading: false,
        content: [{ type: 'agreed', text }],
        children: [],
      },
    };
  }
  if (kind === 'remove_provision') return { op: 'remove_provision', provisionId: provision.id };
  if (pick === null || place === undefined || !kindsFor(target).includes(kind)) return null;
  if (kind === 'bracket') {
    const extra =
      alternative === 'none'
        ? {}
        : {
            alternative:
              alternative === 'delete'
                ? { kind: 'delete' as const }
                : { kind: 'wording' as const, text },
          };
    return { op: 'add_bracket', at: locationOf(place), start: pick.start, end: pick.end, ...extra };
  }
  if (place.in === 'option' && kind === 'add_option') {
    const option =
      alternative === 'delete' ? { kind: 'delete' as const } : { kind: 'wording' as const, text };
    return { op: 'add_option', bracketId: place.bracketId, option };
  }
  if (place.in === 'option' && kind === 'remove_option') {
    return { op: 'remove_option', bracketId: place.bracketId, optionId: place.optionId };
  }
  return wordOperation(kind, pick, text);
}
