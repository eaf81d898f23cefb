import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import { cachedReads } from '../kernel/cached-reads.ts';
import type { AppContext } from '../kernel/context.ts';
import { writeBookkeeping } from '../kernel/unit-of-work.ts';
import { SIGN_IN_COOKIE, tokenHash } from './tokens.ts';

interface AuthState {
  userId: string;
  email: string;
  displayName: string;
  isOperator: boolean;
  signInId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthState | null;
  }
}

const TOUCH_EVERY_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the session cookie; never rejects by itself (routes decide whether they need a user). */
export function authenticate(ctx: AppContext) {
  return async (req: FastifyRequest) => {
    req.auth = null;
    const token = req.cookies[SIGN_IN_COOKIE];
    if (!token) return;
    const found = await cachedReads.authSession(ctx, tokenHash(token));
    if (!found) return;
    const now = ctx.ports.clock.now();
    if (now.getTime() - found.signIn.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      // The cached row is shared by this session's requests: they all see the touch.
      found.signIn.lastSeenAt = now;
      await writeBookkeeping(ctx, (db) => userRepo.touchSignIn(db, found.signIn.id, now));
    }
    req.auth = {
      userId: found.user.id,
      email: found.user.email,
      displayName: found.user.displayName,
      isOperator: found.user.isOperator,
      signInId: found.signIn.id,
      csrfToken: found.signIn.csrfToken,
    };
  };
}

/**
 * CSRF defence for state-changing requests: a foreign Origin is refused outright, and a signed-in
 * client must echo its session's CSRF token (SameSite=Strict cookies are the second wall).
 */
export async function checkCsrf(req: FastifyRequest, _reply: FastifyReply) {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.origin;
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new DomainError('csrf_failed', 'The request came from a page of another site.');
    }
    if (originHost !== req.headers.host)
      throw new DomainError('csrf_failed', 'The request came from a page of another site.');
  }
  if (req.auth && req.headers['x-csrf-token'] !== req.auth.csrfToken) {
    throw new DomainError(
      'csrf_failed',
      'Missing or stale CSRF token; reload the page and try again.',
    );
  }
}
