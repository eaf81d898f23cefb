import { DomainError } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import { newToken, tokenHash, verifyPassword } from './tokens.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

const WRONG = () => new DomainError('invalid_credentials', 'Email or password is not correct.');

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string },
  userAgent: string | null,
) {
  const user = await userRepo.findUserByEmail(ctx.database.db, input.email);
  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) throw WRONG();
  return openSignIn(ctx, user, userAgent);
}

export async function openSignIn(
  ctx: AppContext,
  user: { id: string; email: string; displayName: string; isOperator: boolean },
  userAgent: string | null,
) {
  const token = newToken();
  const csrfToken = newToken();
  const signInId = ctx.ports.ids.next();
  await commit(ctx, user.id, null, async (tx, record, now) => {
    await userRepo.insertSignIn(tx, {
      id: signInId,
      tokenHash: tokenHash(token),
      userId: user.id,
      csrfToken,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
    });
    await record('auth.signIn', { kind: 'user', id: user.id }, { signInId });
  });
  return {
    token,
    me: {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        isOperator: user.isOperator,
      },
      csrfToken,
    },
  };
}

export async function endSignIn(ctx: AppContext, userId: string, signInId: string): Promise<void> {
  await commit(ctx, userId, null, async (tx, record, now) => {
    if (!(await userRepo.revokeSignIn(tx, userId, signInId, now)))
      throw new DomainError('not_found', 'Session not found');
    await record('auth.endSignIn', { kind: 'user', id: userId }, { signInId });
  });
}
