import { describe, expect, it } from 'vitest';
import { ar } from './ar.ts';
import { en } from './en.ts';

function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value as object, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** A plural is one key per CLDR category of the language; the rest is key for key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const keysOf = (strings: Map<string, unknown>, language: string) => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const bases = new Set(
    [...strings.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
  );
  return {
    plain: [...strings.keys()].filter((k) => !PLURAL.test(k)).sort(),
    plurals: [...bases].sort(),
    expectedForms: (base: string) => categories.map((c) => `${base}_${c}`).sort(),
  };
};

describe('translations', () => {
  const english = flatten(en);
  const arabic = flatten(ar);

  it('English and Arabic have exactly the same keys, and every plural form of each', () => {
    const en = keysOf(english, 'en');
    const ar = keysOf(arabic, 'ar');
    expect(ar.plain).toEqual(en.plain);
    expect(ar.plurals).toEqual(en.plurals);
    for (const base of en.plurals) {
      expect(
        [...english.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).sort(),
      ).toEqual(en.expectedForms(base));
      expect(
        [...arabic.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).sort(),
      ).toEqual(ar.expectedForms(base));
    }
  });

  it('no value is empty or anything but a string', () => {
    for (const [key, value] of [...english, ...arabic]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('every translation keeps the same interpolation placeholders', () => {
    for (const [key, value] of english) {
      if (PLURAL.test(key)) continue;
      expect(placeholders(arabic.get(key) as string), key).toEqual(placeholders(value as string));
    }
    // A plural form may leave the number out ("one poll"), never bring in another placeholder.
    for (const [key, value] of arabic) {
      if (!PLURAL.test(key)) continue;
      const other = english.get(key.replace(PLURAL, '_other')) as string;
      for (const name of placeholders(value as string))
        expect(placeholders(other), key).toContain(name);
    }
  });
});
