import { describe, expect, it } from 'vitest';
import type { ProvisionData } from './api.ts';
import { positionAfter, runsOf, wordingPlaces, wordsOf } from './model.ts';

const provision = (over: Partial<ProvisionData>): ProvisionData => ({
  id: 'p',
  parentId: null,
  depth: 1,
  number: '1',
  part: 'operative',
  heading: false,
  text: '',
  content: [],
  brackets: 0,
  state: 'open',
  counts: null,
  ...over,
});

describe('texts helpers', () => {
  it('splits stored wording into words', () => {
    expect(wordsOf('')).toEqual([]);
    expect(wordsOf('a b c')).toEqual(['a', 'b', 'c']);
  });

  it('lists agreed segments and wording options, never delete options', () => {
    const p = provision({
      content: [
        { type: 'agreed', text: 'one two' },
        {
          type: 'bracket',
          id: 'b',
          options: [
            {
              id: 'o1',
              kind: 'wording',
              text: 'x',
              proposerId: null,
              proposalId: null,
              amendments: [],
            },
            {
              id: 'o2',
              kind: 'delete',
              text: null,
              proposerId: null,
              proposalId: null,
              amendments: [],
            },
          ],
        },
      ],
    });
    expect(wordingPlaces(p)).toEqual([
      { in: 'agreed', provisionId: 'p', segment: 0, text: 'one two' },
      { in: 'option', bracketId: 'b', optionId: 'o1', text: 'x' },
    ]);
  });

  it('places a new provision after a sibling', () => {
    const list = [
      provision({ id: 'a' }),
      provision({ id: 'a1', parentId: 'a' }),
      provision({ id: 'b' }),
    ];
    expect(positionAfter(list, list[2]!)).toEqual({ parentId: null, position: 2 });
    expect(positionAfter(list, list[1]!)).toEqual({ parentId: 'a', position: 1 });
  });

  it('groups redline pieces into runs', () => {
    const w = (text: string) => ({ t: 'word' as const, text });
    const runs = runsOf([
      { change: 'equal', token: w('a') },
      { change: 'delete', token: w('b') },
      { change: 'delete', token: w('c') },
      { change: 'insert', token: w('d') },
    ]);
    expect(runs.map((r) => [r.change, r.pieces.length])).toEqual([
      ['equal', 1],
      ['delete', 2],
      ['insert', 1],
    ]);
  });
});
