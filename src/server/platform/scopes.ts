import { notFound } from '../../core/errors.ts';
import { actorRepo, processRepo, userRepo } from '../../db/index.ts';
import type { ScopeFinders } from '../http/scopes.ts';

export const platformScopes: ScopeFinders = {
  platform: async () => ({ roundId: null, processId: null, resource: {} }),
  process: async (ctx, id) => {
    if (!(await processRepo.findProcess(ctx.database.db, id))) throw notFound('Process');
    return {
      roundId: null,
      processId: id,
      resource: {},
      what: 'Process',
      seenWith: { action: 'process.read', resource: {} },
    };
  },
  // Accounts and actors are known to whoever may list them; to anyone else an id is a made-up one.
  account: async (ctx, id) => {
    if (!(await userRepo.findUser(ctx.database.db, id))) throw notFound('Account');
    return {
      roundId: null,
      processId: null,
      resource: {},
      what: 'Account',
      seenWith: { action: 'account.list', resource: {} },
    };
  },
  actor: async (ctx, id) => {
    if (!(await actorRepo.actorExists(ctx.database.db, id))) throw notFound('Actor');
    return {
      roundId: null,
      processId: null,
      resource: {},
      what: 'Actor',
      seenWith: { action: 'actor.list', resource: {} },
    };
  },
};
