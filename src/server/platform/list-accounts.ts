import { notFound } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

// What leaves the server of an account: never its password hash.
const present = (row: userRepo.UserRow & { actorId: string | null }) => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  isOperator: row.isOperator,
  actorId: row.actorId,
  disabled: row.disabledAt !== null,
});

export const listAccounts = async (ctx: AppContext) => ({
  accounts: (await userRepo.listAccounts(ctx.database.db)).map(present),
});

/** One account as the operator's list shows it. */
export async function accountView(ctx: AppContext, accountId: string) {
  const row = (await userRepo.listAccounts(ctx.database.db, accountId))[0];
  if (!row) throw notFound('Account');
  return present(row);
}
