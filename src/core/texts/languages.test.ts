import { describe, expect, it } from 'vitest';
import { astana, codeOf, countingIds, provisionAt } from '../testing/texts.ts';
import {
  changedProvisionIds,
  checkAlignment,
  flagCounterparts,
  translationStatus,
  type LanguageVersion,
} from './languages.ts';
import { applyOperation } from './operations.ts';
import type { NegotiatingText } from './types.ts';

const en = astana();
/** A translation: same ids and structure, other wording. */
const translate = (text: NegotiatingText, language: string): NegotiatingText => ({
  ...text,
  language,
  provisions: text.provisions.map(function tr(p): NegotiatingText['provisions'][number] {
    return {
      ...p,
      content: p.content.map((s) =>
        s.type === 'agreed' ? { ...s, text: `${language}: ${s.text}` } : s,
      ),
      children: p.children.map(tr),
    };
  }),
});
const versions: LanguageVersion[] = [
  { language: 'en', status: 'authentic', text: en },
  { language: 'ru', status: 'authentic', text: translate(en, 'ru') },
  { language: 'ar', status: 'working_translation', text: translate(en, 'ar') },
];
const p2 = provisionAt(en, 2).id;
const reword = (text: NegotiatingText, provisionId = p2) =>
  applyOperation(
    text,
    {
      op: 'insert_wording',
      at: { in: 'agreed', provisionId, segment: 0 },
      position: 0,
      text: 'Firmly',
    },
    { proposerId: 'ru', proposalId: null },
    countingIds('n'),
  );

describe('language versions', () => {
  it('accepts aligned versions and refuses misaligned ones', () => {
    expect(codeOf(() => checkAlignment(versions))).toBe('ok');
    const removed = applyOperation(
      en,
      { op: 'remove_provision', provisionId: p2 },
      { proposerId: 'ru', proposalId: null },
      countingIds(),
    );
    expect(
      codeOf(() =>
        checkAlignment([
          ...versions,
          { language: 'tr', status: 'working_translation', text: removed },
        ]),
      ),
    ).toBe('invalid_structure');
    expect(codeOf(() => checkAlignment([versions[0]!, versions[0]!]))).toBe('invalid_structure');
    expect(
      codeOf(() =>
        checkAlignment(versions.map((v) => ({ ...v, status: 'working_translation' as const }))),
      ),
    ).toBe('invalid_structure');
    expect(
      codeOf(() =>
        checkAlignment([
          versions[0]!,
          { ...versions[1]!, text: { ...versions[1]!.text, id: 'x' } },
        ]),
      ),
    ).toBe('wrong_text');
  });

  it('lists reworded, added and removed provisions', () => {
    expect(changedProvisionIds(en, reword(en))).toEqual([p2]);
    expect(changedProvisionIds(en, en)).toEqual([]);
  });

  it('flags counterparts when an authentic version changes, and clears a flag on catch-up', () => {
    const flags = flagCounterparts({ language: 'en', before: en, after: reword(en) }, versions, []);
    expect(flags).toEqual([
      { language: 'ru', provisionId: p2, sourceLanguage: 'en' },
      { language: 'ar', provisionId: p2, sourceLanguage: 'en' },
    ]);
    expect(translationStatus(versions[1]!, flags).get(p2)).toBe('needs_update');
    expect(translationStatus(versions[0]!, flags).get(p2)).toBe('current');
    // The Russian catch-up clears its flag and does not flag English back.
    const ru = versions[1]!.text;
    const after = flagCounterparts(
      { language: 'ru', before: ru, after: reword(ru) },
      versions,
      flags,
    );
    expect(after).toEqual([{ language: 'ar', provisionId: p2, sourceLanguage: 'en' }]);
  });

  it('does not flag others when a working translation changes', () => {
    const ar = versions[2]!.text;
    expect(
      flagCounterparts({ language: 'ar', before: ar, after: reword(ar) }, versions, []),
    ).toEqual([]);
    expect(
      codeOf(() => flagCounterparts({ language: 'fr', before: ar, after: ar }, versions, [])),
    ).toBe('not_found');
  });
});
