import { describe, expect, it } from 'vitest';
import type { ProvisionData } from './api.ts';
import { wordingPlaces } from './model.ts';
import {
  buildOperation,
  kindsFor,
  needsText,
  pickedWords,
  placeByKey,
  placeKey,
  type ProposeFields,
  type WordPick,
} from './propose.ts';

const option = (id: string, text: string | null) => ({
  id,
  kind: text === null ? ('delete' as const) : ('wording' as const),
  text,
  proposerId: null,
  proposalId: null,
  amendments: [],
});
const provision: ProvisionData = {
  id: 'p1',
  parentId: null,
  depth: 1,
  number: '1',
  part: 'operative',
  heading: false,
  text: 'The guarantors decide [to observe / (delete)] without delay.',
  content: [
    { type: 'agreed', text: 'The guarantors decide' },
    { type: 'bracket', id: 'b1', options: [option('o1', 'to observe'), option('o2', null)] },
    { type: 'agreed', text: 'without delay.' },
  ],
  brackets: 1,
  state: 'open',
  counts: null,
};
const [first, observe, last] = wordingPlaces(provision);
const pick = (place = first!, start = 1, end = 3): WordPick => ({ place, start, end });
const fields = (over: Partial<ProposeFields>): ProposeFields => ({
  kind: 'replace',
  target: { provision, pick: pick() },
  provisions: [provision],
  text: 'parties agree',
  alternative: 'none',
  ...over,
});
const agreedAt = { in: 'agreed', provisionId: 'p1', segment: 0 };

describe('proposing a change to picked words', () => {
  it('names each wording place of a provision, and finds it again by its name', () => {
    expect(wordingPlaces(provision).map(placeKey)).toEqual(['a0', 'oo1', 'a2']);
    expect(placeByKey(provision, 'a2')).toEqual(last);
    expect(placeByKey(provision, 'oo2')).toBeUndefined();
    expect(pickedWords(pick())).toBe('guarantors decide');
  });

  it('offers the changes that fit: brackets in agreed wording only, options in a bracket', () => {
    expect(kindsFor({ provision, pick: pick() })).toEqual([
      'replace',
      'delete',
      'bracket',
      'insert_before',
      'insert_after',
    ]);
    expect(kindsFor({ provision, pick: pick(observe, 0, 1) })).toEqual([
      'replace',
      'delete',
      'insert_before',
      'insert_after',
      'add_option',
      'remove_option',
    ]);
    expect(kindsFor({ provision, pick: null })).toEqual(['add_provision', 'remove_provision']);
  });

  it.each([
    [
      'replace',
      {},
      { op: 'replace_wording', at: agreedAt, start: 1, end: 3, text: 'parties agree' },
    ],
    ['delete', {}, { op: 'delete_wording', at: agreedAt, start: 1, end: 3 }],
    [
      'insert_before',
      {},
      { op: 'insert_wording', at: agreedAt, position: 1, text: 'parties agree' },
    ],
    [
      'insert_after',
      {},
      { op: 'insert_wording', at: agreedAt, position: 3, text: 'parties agree' },
    ],
    ['bracket', {}, { op: 'add_bracket', at: agreedAt, start: 1, end: 3 }],
    [
      'bracket',
      { alternative: 'wording' },
      {
        op: 'add_bracket',
        at: agreedAt,
        start: 1,
        end: 3,
        alternative: { kind: 'wording', text: 'parties agree' },
      },
    ],
    [
      'bracket',
      { alternative: 'delete' },
      { op: 'add_bracket', at: agreedAt, start: 1, end: 3, alternative: { kind: 'delete' } },
    ],
    [
      'add_provision',
      { target: { provision, pick: null } },
      {
        op: 'add_provision',
        parentId: null,
        position: 1,
        provision: {
          part: 'operative',
          heading: false,
          content: [{ type: 'agreed', text: 'parties agree' }],
          children: [],
        },
      },
    ],
    [
      'remove_provision',
      { target: { provision, pick: null } },
      { op: 'remove_provision', provisionId: 'p1' },
    ],
  ] as const)('%s (%j) in agreed wording', (kind, over, expected) => {
    expect(buildOperation(fields({ kind, ...over }))).toEqual(expected);
  });

  it.each([
    [
      'replace',
      {},
      {
        op: 'replace_wording',
        at: { in: 'option', bracketId: 'b1', optionId: 'o1' },
        start: 0,
        end: 1,
        text: 'parties agree',
      },
    ],
    [
      'add_option',
      {},
      { op: 'add_option', bracketId: 'b1', option: { kind: 'wording', text: 'parties agree' } },
    ],
    [
      'add_option',
      { alternative: 'delete' },
      { op: 'add_option', bracketId: 'b1', option: { kind: 'delete' } },
    ],
    ['remove_option', {}, { op: 'remove_option', bracketId: 'b1', optionId: 'o1' }],
    ['bracket', {}, null],
  ] as const)('%s (%j) in an option', (kind, over, expected) => {
    expect(
      buildOperation(fields({ kind, target: { provision, pick: pick(observe, 0, 1) }, ...over })),
    ).toEqual(expected);
  });

  it('builds nothing for word changes without picked words', () => {
    expect(
      buildOperation(fields({ kind: 'replace', target: { provision, pick: null } })),
    ).toBeNull();
  });

  it.each([
    ['replace', 'none', true],
    ['delete', 'none', false],
    ['bracket', 'none', false],
    ['bracket', 'wording', true],
    ['add_option', 'none', true],
    ['add_option', 'delete', false],
    ['remove_option', 'none', false],
    ['add_provision', 'none', true],
  ] as const)('asks for wording for %s with %s: %s', (kind, alternative, expected) => {
    expect(needsText(kind, alternative)).toBe(expected);
  });
});
