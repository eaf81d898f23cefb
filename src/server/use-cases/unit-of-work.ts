import { notFound } from '../../core/errors.ts';
import type { RoundAggregate } from '../../core/convening/types.ts';
import type { RecordEventDraft } from '../../core/record/chain.ts';
import { records, roundRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from '../context.ts';
import { changed } from '../read-cache.ts';

export interface Recorder {
  /** Appends one record event in the same transaction as the change it describes. */
  (
    action: string,
    subject: { kind: string; id: string },
    payload: Record<string, unknown>,
  ): Promise<void>;
}

/** Runs a use case's writes and their record events in one transaction. */
export async function commit<T>(
  ctx: AppContext,
  actorUserId: string | null,
  roundId: string | null,
  work: (tx: Tx, record: Recorder, now: Date) => Promise<T>,
): Promise<T> {
  const result = await ctx.database.transaction(async (tx) => {
    const now = ctx.ports.clock.now();
    const record = recorderFor(tx, now, actorUserId, roundId);
    return work(tx, record, now);
  });
  await changed(ctx);
  return result;
}

/** One record event on behalf of one actor and round. */
export function recordDraft(
  now: Date,
  actorUserId: string | null,
  roundId: string | null,
  action: string,
  subject: { kind: string; id: string },
  payload: Record<string, unknown>,
): RecordEventDraft {
  return {
    at: now.toISOString(),
    actorUserId,
    action,
    subjectKind: subject.kind,
    subjectId: subject.id,
    roundId,
    payload,
  };
}

/** A recorder that appends events in `tx` at once. */
const recorderFor =
  (tx: Tx, now: Date, actorUserId: string | null, roundId: string | null): Recorder =>
  async (action, subject, payload) => {
    await records.appendEvent(tx, recordDraft(now, actorUserId, roundId, action, subject, payload));
  };

export async function loadRound(tx: Tx, roundId: string): Promise<RoundAggregate> {
  const agg = await roundRepo.loadRoundAggregate(tx, roundId);
  if (!agg) throw notFound('Round');
  return agg;
}
