import { DomainError } from '../errors.ts';

/** Wording is a sequence of words: any run of whitespace separates two words. */
const splitWords = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/** Stored wording: words joined by single spaces (so `split(' ')` gives the words back). */
export const joinWords = (words: readonly string[]): string => words.join(' ');

export const wordsOf = (stored: string): string[] => (stored === '' ? [] : stored.split(' '));

/** Square brackets are the notation of not-yet-agreed text: wording may not contain them. */
export function checkWording(text: string, what = 'wording'): string {
  const normalized = joinWords(splitWords(text));
  if (normalized === '') {
    throw new DomainError('empty_wording', `The ${what} has no words.`);
  }
  if (/[[\]]/u.test(normalized)) {
    throw new DomainError(
      'nested_bracket',
      `The ${what} contains a square bracket; brackets are made with bracket operations and never nest.`,
    );
  }
  return normalized;
}
