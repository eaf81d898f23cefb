// Test fixtures (pure): the Astana joint statement as a negotiating text, and helpers to probe it.
import { DomainError } from '../errors.ts';
import { astanaText } from '../samples/astana-text.ts';
import { buildText, type TextDraft } from '../texts/structure.ts';
import type { Bracket, NegotiatingText, NewId, Provision } from '../texts/types.ts';

export const countingIds = (prefix = 'id'): NewId => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

/** The statement with two brackets and a sub-paragraph (src/core/samples/astana-text.ts). */
export const ASTANA: TextDraft = astanaText('two-brackets');

/** That statement built as Rev.1's text; `ru` holds the pen. */
export function astana(newId: NewId = countingIds()): NegotiatingText {
  return buildText(ASTANA, { roundId: 'astana-1', by: 'ru' }, newId);
}

export const provisionAt = (text: NegotiatingText, ...path: number[]): Provision => {
  let list = text.provisions;
  let p: Provision | undefined;
  for (const i of path) {
    p = list[i];
    if (!p) throw new Error(`no provision at ${path.join('.')}`);
    list = p.children;
  }
  return p!;
};

export const bracketsOf = (p: Provision): Bracket[] =>
  p.content.filter((s): s is Bracket => s.type === 'bracket');

export const codeOf = (f: () => unknown): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
};
