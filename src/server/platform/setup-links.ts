import { DomainError, notFound } from '../../core/errors.ts';
import { setupLinkRepo, type Tx } from '../../db/index.ts';
import { tokenHash } from './tokens.ts';

/** A link lasts an hour: long enough to open it, short enough that a copy in a scrollback ages out. */
export const SETUP_LINK_TTL_MS = 3600_000;

export const operatorExistsAlready = () =>
  new DomainError(
    'already_exists',
    'An operator account exists already: sign in as the operator to create more accounts.',
  );

/** The record names a link by a prefix of its token's hash, never by the token. */
export const setupLinkSubject = (hashOfToken: string) => ({
  kind: 'setup_link' as const,
  id: hashOfToken.slice(0, 16),
});

/** An unused, unexpired link; a used, expired or made-up one gets the same answer. */
export async function liveSetupLink(db: Tx, token: string, now: Date, lock = false) {
  const link = await setupLinkRepo.findUnusedSetupLink(db, tokenHash(token), lock);
  if (!link || link.expiresAt.getTime() <= now.getTime()) throw notFound('Setup link');
  return link;
}
