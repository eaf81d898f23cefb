import { notFound } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { accountView } from './list-accounts.ts';

/** The operator corrects the name an account goes by; its email is the sign-in and stays. */
export async function editAccount(
  ctx: AppContext,
  by: string,
  accountId: string,
  input: { displayName: string },
) {
  await commit(ctx, by, null, async (tx, record) => {
    if (!(await userRepo.findUser(tx, accountId))) throw notFound('Account');
    await userRepo.setDisplayName(tx, accountId, input.displayName);
    await record('account.edit', { kind: 'user', id: accountId }, {});
  });
  return accountView(ctx, accountId);
}
