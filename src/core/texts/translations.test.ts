import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { astana, bracketsOf, codeOf, countingIds, provisionAt } from '../testing/texts.ts';
import { applyOperation } from './operations.ts';
import type { SegmentInput } from './structure.ts';
import {
  buildTranslation,
  flagsAfterReview,
  flagsAfterRevision,
  flagsAfterWording,
  type TranslatedProvisionInput,
  type TranslationInput,
  type VersionsState,
} from './translations.ts';
import type { NegotiatingText, Provision } from './types.ts';

const en = astana();

/** What a penholder sends: the revision's provisions and brackets, every word prefixed. */
function wordingOf(text: NegotiatingText, prefix: string): TranslationInput {
  const provision = (p: Provision): TranslatedProvisionInput => ({
    id: p.id,
    content: p.content.map((s): SegmentInput =>
      s.type === 'agreed'
        ? { type: 'agreed', text: `${prefix} ${s.text}` }
        : {
            type: 'bracket',
            options: s.options.map((o) =>
              o.kind === 'delete' ? o : { kind: 'wording', text: `${prefix} ${o.text}` },
            ),
          },
    ),
    children: p.children.map(provision),
  });
  return { language: prefix, title: `${prefix} title`, provisions: text.provisions.map(provision) };
}

const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, details: e.details };
    throw e;
  }
  return null;
};

describe('building a language version', () => {
  it('keeps ids, structure, brackets and their proposers; only the words change', () => {
    const ru = buildTranslation(en, wordingOf(en, 'ru'), 'authentic');
    expect(ru).toMatchObject({ id: en.id, language: 'ru', title: 'ru title' });
    const decide = provisionAt(ru, 3);
    expect(decide.id).toBe(provisionAt(en, 3).id);
    expect(provisionAt(ru, 3, 0).id).toBe(provisionAt(en, 3, 0).id);
    const [bracket] = bracketsOf(decide);
    const [original] = bracketsOf(provisionAt(en, 3));
    expect(bracket!.id).toBe(original!.id);
    expect(bracket!.options.map((o) => [o.id, o.proposerId])).toEqual(
      original!.options.map((o) => [o.id, o.proposerId]),
    );
    expect(bracket!.options[0]).toMatchObject({ text: 'ru establish a trilateral mechanism' });
    expect(provisionAt(ru, 0).part).toBe('preamble');
  });

  it('refuses versions that are not aligned, naming the provision', () => {
    const input = wordingOf(en, 'ru');
    const [first, second, ...rest] = input.provisions;
    const decide = input.provisions[3]!;
    const cases: [string, TranslationInput, string | null][] = [
      ['a missing provision', { ...input, provisions: [first!, ...rest] }, second!.id],
      ['provisions out of order', { ...input, provisions: [second!, first!, ...rest] }, first!.id],
      [
        'an unknown provision',
        { ...input, provisions: [...input.provisions, { id: 'x', content: [] }] },
        'x',
      ],
      [
        'a sub-paragraph moved up',
        {
          ...input,
          provisions: [
            ...input.provisions.slice(0, 3),
            { ...decide, children: [] },
            ...decide.children!,
            ...input.provisions.slice(4),
          ],
        },
        decide.children![0]!.id,
      ],
    ];
    for (const [what, wrong, provisionId] of cases) {
      expect(
        errorOf(() => buildTranslation(en, wrong, 'authentic')),
        what,
      ).toEqual({ code: 'invalid_structure', details: { language: 'ru', provisionId } });
    }
  });

  it('refuses wording that drops or alters a bracket, or is empty, or in the own language', () => {
    const input = wordingOf(en, 'ru');
    const withContent = (i: number, content: SegmentInput[]): TranslationInput => ({
      ...input,
      provisions: input.provisions.map((p, j) => (j === i ? { ...p, content } : p)),
    });
    const geneva = provisionAt(en, 4).id;
    expect(
      errorOf(() =>
        buildTranslation(en, withContent(4, [{ type: 'agreed', text: 'no bracket' }]), 'authentic'),
      ),
    ).toEqual({ code: 'invalid_structure', details: { language: 'ru', provisionId: geneva } });
    const swapped = withContent(4, [
      { type: 'bracket', options: [{ kind: 'delete' }, { kind: 'wording', text: 'x' }] },
    ]);
    expect(codeOf(() => buildTranslation(en, swapped, 'authentic'))).toBe('invalid_structure');
    expect(
      codeOf(() =>
        buildTranslation(en, withContent(0, [{ type: 'agreed', text: '  ' }]), 'authentic'),
      ),
    ).toBe('empty_wording');
    expect(codeOf(() => buildTranslation(en, { ...input, language: 'en' }, 'authentic'))).toBe(
      'validation_failed',
    );
  });
});

describe('translation flags over the history', () => {
  const p2 = provisionAt(en, 2).id;
  const reword = (text: NegotiatingText) =>
    applyOperation(
      text,
      {
        op: 'insert_wording',
        at: { in: 'agreed', provisionId: p2, segment: 0 },
        position: 0,
        text: 'Firmly',
      },
      { proposerId: 'ru', proposalId: null },
      countingIds('n'),
    );
  const ru = buildTranslation(en, wordingOf(en, 'ru'), 'authentic');
  const ar = buildTranslation(en, wordingOf(en, 'ar'), 'working_translation');
  const state = (flags: VersionsState['flags']): VersionsState => ({
    original: 'en',
    versions: new Map([
      ['ru', { status: 'authentic' as const, text: ru }],
      ['ar', { status: 'working_translation' as const, text: ar }],
    ]),
    flags,
  });

  it('flags every version when the revision changes, until each is updated or reviewed', () => {
    const flagged = flagsAfterRevision(state([]), en, reword(en));
    expect(flagged).toEqual([
      { language: 'ru', provisionId: p2, sourceLanguage: 'en' },
      { language: 'ar', provisionId: p2, sourceLanguage: 'en' },
    ]);
    const ruUpdated = flagsAfterWording(state(flagged), {
      language: 'ru',
      status: 'authentic',
      text: reword(ru),
    });
    expect(ruUpdated).toEqual([{ language: 'ar', provisionId: p2, sourceLanguage: 'en' }]);
    expect(flagsAfterReview(ruUpdated, 'ar', [p2])).toEqual([]);
    expect(codeOf(() => flagsAfterReview(ruUpdated, 'ru', [p2]))).toBe('invalid_transition');
  });

  it('lets an authentic version flag the original, and a first wording flag nothing', () => {
    expect(
      flagsAfterWording(state([]), { language: 'ru', status: 'authentic', text: reword(ru) }),
    ).toEqual([
      { language: 'en', provisionId: p2, sourceLanguage: 'ru' },
      { language: 'ar', provisionId: p2, sourceLanguage: 'ru' },
    ]);
    expect(
      flagsAfterWording(state([]), { language: 'ar', status: 'working_translation', text: ar }),
    ).toEqual([]);
    const fresh = buildTranslation(en, wordingOf(en, 'tr'), 'authentic');
    expect(
      flagsAfterWording(state([]), { language: 'tr', status: 'authentic', text: fresh }),
    ).toEqual([]);
    expect(flagsAfterRevision({ ...state([]), versions: new Map() }, en, reword(en))).toEqual([]);
  });
});
