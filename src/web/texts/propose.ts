// What the proposal form sends: one core operation built from the form's fields (pure, tested).
import type { ProvisionPart } from '../../core/texts/vocabulary.ts';
import type { OperationInput, ProvisionData, SegmentData } from './api.ts';
import { positionAfter, wordingPlaces, type WordingPlace } from './model.ts';

export const PROPOSE_OPERATIONS = [
  'replace_wording',
  'insert_wording',
  'delete_wording',
  'add_bracket',
  'add_option',
  'remove_option',
  'add_provision',
  'remove_provision',
] as const;
export type ProposeOp = (typeof PROPOSE_OPERATIONS)[number];

/** For a new bracket: the words as they stand only, or also another wording, or deleting them. */
export type Alternative = 'none' | 'wording' | 'delete';
export type BracketData = Extract<SegmentData, { type: 'bracket' }>;

export interface ProposeFields {
  op: ProposeOp;
  provision: ProvisionData;
  /** Every provision of the revision, for where a new one goes. */
  provisions: readonly ProvisionData[];
  place: WordingPlace | undefined;
  /** Word indices as chosen, in either order; `start` alone is the insertion point. */
  start: number;
  end: number;
  text: string;
  bracket: BracketData | undefined;
  optionId: string;
  optionKind: 'wording' | 'delete';
  alternative: Alternative;
  part: ProvisionPart;
}

export const spanOps: readonly ProposeOp[] = [
  'replace_wording',
  'insert_wording',
  'delete_wording',
  'add_bracket',
];

/** Where the operation may address words: brackets are made in agreed wording only (never nested). */
export const placesFor = (op: ProposeOp, provision: ProvisionData | undefined): WordingPlace[] =>
  provision === undefined
    ? []
    : wordingPlaces(provision).filter((p) => op !== 'add_bracket' || p.in === 'agreed');

export const bracketsOf = (provision: ProvisionData | undefined): BracketData[] =>
  provision?.content.flatMap((s) => (s.type === 'bracket' ? [s] : [])) ?? [];

export function needsText(f: Pick<ProposeFields, 'op' | 'optionKind' | 'alternative'>): boolean {
  switch (f.op) {
    case 'replace_wording':
    case 'insert_wording':
    case 'add_provision':
      return true;
    case 'add_option':
      return f.optionKind === 'wording';
    case 'add_bracket':
      return f.alternative === 'wording';
    default:
      return false;
  }
}

const locationOf = (place: WordingPlace) =>
  place.in === 'agreed'
    ? { in: 'agreed' as const, provisionId: place.provisionId, segment: place.segment }
    : { in: 'option' as const, bracketId: place.bracketId, optionId: place.optionId };

/** The operation the fields describe, or null while they do not describe one yet. */
export function buildOperation(f: ProposeFields): OperationInput | null {
  const { op, place, bracket, text } = f;
  const from = Math.min(f.start, f.end);
  const to = Math.max(f.start, f.end) + 1;
  switch (op) {
    case 'replace_wording':
      return place ? { op, at: locationOf(place), start: from, end: to, text } : null;
    case 'insert_wording':
      return place ? { op, at: locationOf(place), position: f.start, text } : null;
    case 'delete_wording':
      return place ? { op, at: locationOf(place), start: from, end: to } : null;
    case 'add_bracket':
      if (place?.in !== 'agreed') return null;
      return {
        op,
        at: locationOf(place),
        start: from,
        end: to,
        ...(f.alternative === 'none'
          ? {}
          : {
              alternative:
                f.alternative === 'delete' ? { kind: 'delete' } : { kind: 'wording', text },
            }),
      };
    case 'add_option':
      return bracket
        ? {
            op,
            bracketId: bracket.id,
            option: f.optionKind === 'delete' ? { kind: 'delete' } : { kind: 'wording', text },
          }
        : null;
    case 'remove_option': {
      const option = bracket?.options.find((o) => o.id === f.optionId) ?? bracket?.options[0];
      return bracket && option ? { op, bracketId: bracket.id, optionId: option.id } : null;
    }
    case 'add_provision':
      return {
        op,
        ...positionAfter(f.provisions, f.provision),
        provision: {
          part: f.part,
          heading: false,
          content: [{ type: 'agreed', text }],
          children: [],
        },
      };
    case 'remove_provision':
      return { op, provisionId: f.provision.id };
  }
}
