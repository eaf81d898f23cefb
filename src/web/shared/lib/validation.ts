// What a form checks before it sends anything, in the app's words rather than the browser's: the
// browser's own bubbles speak the browser's language, not the one the user chose here.
import type { TFunction } from 'i18next';
import { Email } from '../../../core/platform/auth-schemas.ts';

/** What is wrong with each field, as a sentence to show under it; null or absent where nothing is. */
export type Problems<V> = { [K in keyof V]?: string | null };

export const hasProblems = <V>(problems: Problems<V>): boolean =>
  Object.values(problems).some((p) => typeof p === 'string');

/** A field that must hold more than spaces. */
export const requiredProblem = (t: TFunction, value: string): string | null =>
  value.trim() === '' ? t('common.required') : null;

/** An email address, shaped as the server's own schema wants it. */
export function emailProblem(t: TFunction, value: string): string | null {
  if (value.trim() === '') return t('common.required');
  return Email.safeParse(value).success ? null : t('common.invalidEmail');
}
