import { processRepo, userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';
import { loadActorsAndAccounts } from './astana-actors.ts';
import { loadAgenda } from './astana-agenda.ts';
import { loadRound } from './astana-round.ts';
import { loadSessions } from './astana-sessions.ts';
import { demoStage } from './astana-stage.ts';
import { loadJointStatement } from './astana-statement.ts';

// The Astana I round of January 2017, built through the same use cases the API runs, so the demo's
// record is a real hash chain. People are role accounts, never the real negotiators. Each part of
// the scenario is a file beside this one; the order of the calls is the order of the record.

export async function loadDemoIfEmpty(ctx: AppContext): Promise<boolean> {
  const existing = await processRepo.listProcesses(ctx.database.db, 'all');
  if (existing.length > 0) return false;
  await loadDemo(ctx);
  return true;
}

async function loadDemo(base: AppContext): Promise<void> {
  const stage = demoStage(base);
  const cast = await loadActorsAndAccounts(stage);
  const seating = await loadRound(stage, cast);
  await loadSessions(stage, cast, seating);
  await loadAgenda(stage, cast, seating);
  await loadJointStatement(stage, cast, seating);

  // Sanity: the demo's accounts must all exist before the server announces them.
  for (const a of DEMO_ACCOUNTS) {
    if (!(await userRepo.findUserByEmail(stage.ctx.database.db, a.email)))
      throw new Error(`demo account ${a.email} missing`);
  }
}
