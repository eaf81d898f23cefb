import { DomainError, notFound } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { hashPassword, verifyPassword } from './tokens.ts';

/**
 * A new password for one's own account, given the current one. The browser asking stays signed
 * in; every other sign-in ends, since whoever had the old password may be behind one of them.
 */
export async function changePassword(
  ctx: AppContext,
  auth: { userId: string; signInId: string },
  input: { currentPassword: string; newPassword: string },
) {
  const user = await userRepo.findUser(ctx.database.db, auth.userId);
  if (!user) throw notFound('Account');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('invalid_credentials', 'The current password is not correct.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const endedSignInIds = await commit(ctx, user.id, null, async (tx, record, now) => {
    await userRepo.setPasswordHash(tx, user.id, passwordHash);
    const ended = await userRepo.revokeSignInsOf(tx, user.id, auth.signInId, now);
    await record(
      'account.changePassword',
      { kind: 'user', id: user.id },
      {
        endedSignInIds: ended,
      },
    );
    return ended;
  });
  return { endedSignIns: endedSignInIds.length };
}
