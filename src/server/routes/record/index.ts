import { z } from 'zod';
import { verifyChain } from '../../../core/record/chain.ts';
import { records, sha256 } from '../../../db/index.ts';
import { errorResponses, type RoutePlugin } from '../types.ts';

export const RecordVerdict = z.object({
  ok: z.boolean(),
  count: z.number(),
  headHash: z.string().optional(),
  firstBadSeq: z.number().optional(),
  problem: z.string().optional(),
});

export const recordRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/record/verify',
    {
      config: { guard: { action: 'record.verify', scope: { platform: true } } },
      schema: { tags: ['record'], response: { 200: RecordVerdict, ...errorResponses } },
    },
    async () => {
      const { events, head } = await records.readChain(ctx.database.db);
      return verifyChain(sha256, events, head);
    },
  );
};
