import { actorRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

export const listActors = async (ctx: AppContext) => ({
  actors: await actorRepo.listActors(ctx.database.db),
});
