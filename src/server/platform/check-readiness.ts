import { migrationState } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; problem: 'database_unreachable' | 'migrations_pending' };

/** Whether this instance can serve: its database answers and holds every shipped migration. */
export async function checkReadiness(ctx: AppContext): Promise<Readiness> {
  let state: { shipped: number; applied: number };
  try {
    state = await migrationState(ctx.database.db);
  } catch {
    return { ready: false, problem: 'database_unreachable' };
  }
  return state.applied >= state.shipped
    ? { ready: true, migrations: state.applied }
    : { ready: false, problem: 'migrations_pending' };
}
