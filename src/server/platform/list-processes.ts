import { processRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { type User, roundSummary } from './process-views.ts';

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
