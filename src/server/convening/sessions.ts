import { notFound } from '../../core/errors.ts';
import { type Tx } from '../../db/index.ts';
import { loadRound } from '../kernel/unit-of-work.ts';

export async function sessionIn(tx: Tx, roundId: string, sessionId: string) {
  const agg = await loadRound(tx, roundId);
  const session = agg.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound('Session');
  return { agg, session };
}
