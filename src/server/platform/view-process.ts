import { notFound } from '../../core/errors.ts';
import { can } from '../../core/policy/index.ts';
import type { ProcessView } from '../../core/platform/process-schemas.ts';
import { processRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { type User, roundSummary } from './process-views.ts';

export async function processViewFor(
  ctx: AppContext,
  auth: User,
  processId: string,
): Promise<ProcessView> {
  const db = ctx.database.db;
  const process = await processRepo.findProcess(db, processId);
  if (!process) throw notFound('Process');
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
