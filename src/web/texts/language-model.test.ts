import { describe, expect, it } from 'vitest';
import type { ProvisionData, SegmentData } from './api.ts';
import { fieldsOf, languageName, prefill, translationTree } from './language-model.ts';

const option = (id: string, text: string | null) => ({
  id,
  kind: text === null ? ('delete' as const) : ('wording' as const),
  text,
  proposerId: null,
  proposalId: null,
  amendments: [],
});
const bracketed: SegmentData[] = [
  { type: 'agreed', text: 'Decide to' },
  { type: 'bracket', id: 'b', options: [option('o1', 'observe'), option('o2', null)] },
];
const provision = (over: Partial<ProvisionData>): ProvisionData => ({
  id: 'p',
  parentId: null,
  depth: 0,
  number: '1',
  part: 'operative',
  heading: false,
  text: '',
  content: [{ type: 'agreed', text: 'The parties agree.' }],
  brackets: 0,
  state: 'open',
  counts: null,
  ...over,
});

describe('language version helpers', () => {
  it('names languages in the reader’s language, and unknown tags by themselves', () => {
    expect(languageName('ru', 'en')).toBe('Russian');
    expect(languageName('ru', 'ar')).toBe('الروسية');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });

  it('gives a field to every agreed segment and option, the delete option shown fixed', () => {
    expect(fieldsOf(provision({ content: bracketed })).map((f) => [f.key, f.kind])).toEqual([
      ['p/0', 'agreed'],
      ['p/1/0', 'option'],
      ['p/1/1', 'delete'],
    ]);
  });

  it('prefills the version’s wording only where it still fits the revision', () => {
    const original = provision({ content: bracketed });
    const fitting: SegmentData[] = [
      { type: 'agreed', text: 'Решают' },
      { type: 'bracket', id: 'b', options: [option('o1', 'наблюдать'), option('o2', null)] },
    ];
    expect(prefill(original, { content: fitting })).toEqual({
      'p/0': 'Решают',
      'p/1/0': 'наблюдать',
    });
    expect(prefill(original, { content: [{ type: 'agreed', text: 'Решают' }] })).toEqual({
      'p/0': '',
      'p/1/0': '',
    });
    expect(prefill(original, undefined)).toEqual({ 'p/0': '', 'p/1/0': '' });
  });

  it('builds the provision tree of the command from the flat list', () => {
    const list = [
      provision({ id: 'a', content: bracketed }),
      provision({ id: 'a1', parentId: 'a', depth: 1, number: '1.1' }),
      provision({ id: 'b', number: '2' }),
    ];
    const values: Record<string, string> = { 'a/0': 'A', 'a/1/0': 'B', 'a1/0': 'C', 'b/0': 'D' };
    expect(translationTree(list, (k) => values[k]!)).toEqual([
      {
        id: 'a',
        content: [
          { type: 'agreed', text: 'A' },
          { type: 'bracket', options: [{ kind: 'wording', text: 'B' }, { kind: 'delete' }] },
        ],
        children: [{ id: 'a1', content: [{ type: 'agreed', text: 'C' }], children: [] }],
      },
      { id: 'b', content: [{ type: 'agreed', text: 'D' }], children: [] },
    ]);
  });
});
