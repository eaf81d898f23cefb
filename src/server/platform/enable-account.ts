import { DomainError, notFound } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { accountView } from './list-accounts.ts';

/** A disabled account may sign in again (its old sign-ins stay ended). */
export async function enableAccount(ctx: AppContext, by: string, accountId: string) {
  await commit(ctx, by, null, async (tx, record) => {
    const user = await userRepo.findUser(tx, accountId);
    if (!user) throw notFound('Account');
    if (user.disabledAt === null) {
      throw new DomainError('invalid_transition', 'This account is not disabled.');
    }
    await userRepo.setDisabledAt(tx, accountId, null);
    await record('account.enable', { kind: 'user', id: accountId }, {});
  });
  return accountView(ctx, accountId);
}
