import type { FastifyRequest } from 'fastify';
import { notFound } from '../../../core/errors.ts';
import { can } from '../../../core/policy/index.ts';
import type { ProcessView, RoundSummary } from '../../../core/schemas/processes.ts';
import { processRepo, type processRepo as P } from '../../../db/index.ts';
import type { AppContext } from '../../context.ts';
import { signedIn } from '../types.ts';

export const roundSummary = (r: P.RoundRow): RoundSummary => ({
  id: r.id,
  title: r.title,
  venue: r.venue,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  timeZone: r.timeZone,
});

export async function processViewFor(
  ctx: AppContext,
  req: FastifyRequest,
  processId: string,
): Promise<ProcessView> {
  const db = ctx.database.db;
  const process = await processRepo.findProcess(db, processId);
  if (!process) throw notFound('Process');
  const auth = signedIn(req);
  const isProcessConvener = await processRepo.isProcessConvener(db, processId, auth.userId);
  return {
    id: process.id,
    title: process.title,
    description: process.description,
    createdAt: process.createdAt.toISOString(),
    conveners: await processRepo.convenersOf(db, processId),
    rounds: (await processRepo.roundsOf(db, [processId])).map(roundSummary),
    canCreateRound: can(
      {
        userId: auth.userId,
        isOperator: auth.isOperator,
        isProcessConvener,
        seats: [],
        actorIds: [],
        inProcess: true,
      },
      'round.create',
      { kind: 'process' },
    ),
  };
}
