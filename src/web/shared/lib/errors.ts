import type { TFunction } from 'i18next';
import { ERROR_CODES } from '../../../core/errors.ts';
import { ApiError } from '../api/client.ts';

// Every stable code the server can send, plus the client's own for an unreachable server.
const KNOWN = [...ERROR_CODES, 'network'] as const;
type Known = (typeof KNOWN)[number];

const isKnown = (code: string): code is Known => (KNOWN as readonly string[]).includes(code);

export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.code : 'unknown';
}

/** A translated sentence for any thrown value; the server's own English message is never shown raw. */
export function errorMessage(t: TFunction, error: unknown): string {
  const code = errorCode(error);
  return isKnown(code) ? t(`errors.${code}`) : t('errors.unknown');
}
