import { z } from 'zod';
import { verifyRecord } from './verify-record.ts';
import { allRoutes, type RoutePlugin } from '../http/route-types.ts';

/** See `verifyRecord`: no count and no head hash, which would time the talks. */
const RecordVerdict = z.object({
  intact: z.boolean(),
  firstBadSeq: z.number().optional(),
  problem: z.string().optional(),
});

const verifyRecordRoute: RoutePlugin = (app, ctx) => {
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
    async () => verifyRecord(ctx),
  );
};

export const recordRoutes = allRoutes(verifyRecordRoute);
