import { notFound } from '../../core/errors.ts';
import { can } from '../../core/policy/index.ts';
import type { ProcessView, RoundSummary } from '../../core/platform/process-schemas.ts';
import { processRepo, type processRepo as P } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

const roundSummary = (r: P.RoundRow): RoundSummary => ({
  id: r.id,
  title: r.title,
  venue: r.venue,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  timeZone: r.timeZone,
});

type User = { userId: string; isOperator: boolean };

/** The processes a user takes part in (every one for the operator), with their rounds. */
export async function processesFor(ctx: AppContext, auth: User) {
  const db = ctx.database.db;
  const ids = auth.isOperator ? 'all' : await processRepo.processIdsFor(db, auth.userId);
  const rows = await processRepo.listProcesses(db, ids);
  const rounds = await processRepo.roundsOf(
    db,
    rows.map((p) => p.id),
  );
  return {
    processes: rows.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      createdAt: p.createdAt.toISOString(),
      rounds: rounds.filter((r) => r.processId === p.id).map(roundSummary),
    })),
  };
}

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
