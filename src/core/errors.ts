// Domain errors carry a stable code; the HTTP status is chosen by the server's single map.
export const ERROR_CODES = [
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
  /** The operator disabled the account: it signs in nowhere until enabled again. */
  'account_disabled',
  /** The channel takes no more messages (its session changed format or ended); it stays readable. */
  'channel_closed',
  // negotiating texts
  'stale_revision',
  'proposal_conflict',
  /** The proposal was withdrawn or declined: it can no longer be taken in, withdrawn or declined. */
  'proposal_closed',
  'nested_bracket',
  'empty_bracket',
  'empty_wording',
  'invalid_span',
  'invalid_structure',
  'wrong_text',
  'text_not_agreed',
  'not_signatory',
  'hash_mismatch',
  // backups
  /** Truncated, altered, or not a Parley backup at all. */
  'backup_damaged',
  'backup_newer_schema',
  'backup_older_schema',
  /** A restore goes into an empty database only. */
  'backup_target_not_empty',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = () =>
  new DomainError('forbidden', 'You are not allowed to do this in this round.');
export const invalidTransition = (message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid_transition', message, details);
