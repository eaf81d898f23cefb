import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

const KNOWN = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'invalid_transition',
  'session_started',
  'already_exists',
  'rate_limited',
  'internal',
  'network',
  'stale_revision',
  'proposal_conflict',
  'nested_bracket',
  'empty_bracket',
  'empty_wording',
  'invalid_span',
  'invalid_structure',
  'wrong_document',
  'text_not_agreed',
  'not_signatory',
  'hash_mismatch',
] as const;
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
