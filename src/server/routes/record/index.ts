import { z } from 'zod';
import { verifyChain } from '../../../core/record/chain.ts';
import { records, sha256 } from '../../../db/index.ts';
import { type RoutePlugin } from '../types.ts';

/**
 * Whether the chain is intact and, if not, where it breaks. No count and no head hash: they move
 * with every message, and polling them would let the operator time confidential activity.
 */
const RecordVerdict = z.object({
  intact: z.boolean(),
  firstBadSeq: z.number().optional(),
  problem: z.string().optional(),
});

export const recordRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/record/verify',
    {
      config: { guard: { action: 'record.verify', scope: { platform: true } } },
      schema: {
        operationId: 'verifyRecord',
        tags: ['record'],
        summary: 'Verify the record',
        description:
          'Whether the record’s hash chain is intact and, if not, where it breaks. No counts or head hashes: they would time the talks. For the platform operator.',
        response: { 200: RecordVerdict },
      },
    },
    async () => {
      const { events, head } = await records.readChain(ctx.database.db);
      const verdict = verifyChain(sha256, events, head);
      return verdict.ok
        ? { intact: true }
        : { intact: false, firstBadSeq: verdict.firstBadSeq, problem: verdict.problem };
    },
  );
};
