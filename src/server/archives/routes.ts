import { z } from 'zod';
import { Id, IdParams } from '../../core/schemas/common.ts';
import { allRoutes, roundOf, type RoutePlugin } from '../http/route-types.ts';
import { buildArchive } from './build-archive.ts';
import { readerFor } from '../http/read-as-caller.ts';

const ArchiveQuery = z.strictObject({
  /** For a head of more than one delegation in the round: whose archive. */
  participantId: Id.optional(),
});

const roundArchiveRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/rounds/:id/archive',
    {
      config: { guard: { action: 'round.archive', scope: { round: 'id' } } },
      schema: {
        operationId: 'downloadRoundArchive',
        tags: ['archives'],
        summary: 'Download a delegation’s archive of a round',
        description:
          'Once the round is over: a ZIP of exactly what the caller’s delegation could read (its channels and messages, their files, the round, the texts and every revision), with the record events about those things and their Merkle proofs, verifiable offline with `parley verify --archive`. For delegation heads; 409 `invalid_transition` while the round is not over.',
        params: IdParams,
        querystring: ArchiveQuery,
        response: { 200: z.any().describe('the ZIP archive') },
      },
    },
    async (req, reply) => {
      const archive = await buildArchive(ctx, readerFor(app, req), roundOf(req), {
        participantId: req.query.participantId,
      });
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${archive.filename}"`)
        .send(Buffer.from(archive.bytes));
    },
  );
};

export const archiveRoutes = allRoutes(roundArchiveRoute);
