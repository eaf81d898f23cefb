import { notFound } from '../../core/errors.ts';
import { processRepo } from '../../db/index.ts';
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
};
