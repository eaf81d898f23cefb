import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

export const listAccounts = async (ctx: AppContext) => ({
  accounts: await userRepo.listAccounts(ctx.database.db),
});
