import { DomainError, notFound } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { accountView } from './list-accounts.ts';

/**
 * The operator shuts an account out: it can no longer sign in, and wherever it is signed in now
 * it is signed out. Its memberships and its place in the record stay, for when it is enabled again.
 */
export async function disableAccount(ctx: AppContext, by: string, accountId: string) {
  if (accountId === by) {
    // The operator who disables their own account may leave the platform with nobody to run it.
    throw new DomainError('invalid_transition', 'You cannot disable your own account.');
  }
  await commit(ctx, by, null, async (tx, record, now) => {
    const user = await userRepo.findUser(tx, accountId);
    if (!user) throw notFound('Account');
    if (user.disabledAt !== null) {
      throw new DomainError('invalid_transition', 'This account is disabled already.');
    }
    await userRepo.setDisabledAt(tx, accountId, now);
    const endedSignInIds = await userRepo.revokeSignInsOf(tx, accountId, null, now);
    await record('account.disable', { kind: 'user', id: accountId }, { endedSignInIds });
  });
  return accountView(ctx, accountId);
}
