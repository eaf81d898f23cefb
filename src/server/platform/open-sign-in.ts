import { userRepo } from '../../db/index.ts';
import { newToken, tokenHash } from './tokens.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

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
