import { notFound } from '../../core/errors.ts';
import type { RoundAggregate } from '../../core/convening/types.ts';
import type { RecordEventDraft } from '../../core/record/chain.ts';
import {
  uncatalogued,
  type PayloadOf,
  type RecordAction,
  type SubjectOf,
} from '../../core/record/events.ts';
import { recordRepo, roundRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from './context.ts';
import { changed } from './read-cache.ts';

export interface Recorder {
  /** Appends one catalogued record event in the same transaction as the change it describes. */
  <A extends RecordAction>(
    action: A,
    subject: { kind: SubjectOf<A>; id: string },
    payload: PayloadOf<A>,
  ): Promise<void>;
}

/** Runs a use case's writes and their record events in one transaction. */
export async function commit<T>(
  ctx: AppContext,
  actorUserId: string | null,
  roundId: string | null,
  work: (tx: Tx, record: Recorder, now: Date) => Promise<T>,
): Promise<T> {
  const result = await ctx.kernel.transaction(async (tx) => {
    const now = ctx.ports.clock.now();
    const record = recorderFor(tx, now, actorUserId, roundId);
    return work(tx, record, now);
  });
  await changed(ctx);
  return result;
}

/**
 * A write that neither the record nor any cache holds: a reader's place in a channel, a sign-in's
 * last-seen time. It commits by itself, without waiting for the disk: one lost to a power cut
 * costs a message shown unread again, nothing the talks depend on.
 */
export function writeBookkeeping<T>(ctx: AppContext, work: (db: Tx) => Promise<T>): Promise<T> {
  return ctx.kernel.bookkeeping(work);
}

/**
 * One record event on behalf of one actor and round. An event the catalog does not hold, or a
 * payload it does not allow, is a bug: it fails the change instead of entering the record.
 */
export function recordDraft<A extends RecordAction>(
  now: Date,
  actorUserId: string | null,
  roundId: string | null,
  action: A,
  subject: { kind: SubjectOf<A>; id: string },
  payload: PayloadOf<A>,
): RecordEventDraft {
  const problem = uncatalogued({ action, subjectKind: subject.kind, payload });
  if (problem) throw new Error(`A record event outside the catalog: ${problem}`);
  return {
    at: now.toISOString(),
    actorUserId,
    action,
    subjectKind: subject.kind,
    subjectId: subject.id,
    roundId,
    payload: payload as Record<string, unknown>,
  };
}

/** A recorder that appends events in `tx` at once. */
const recorderFor =
  (tx: Tx, now: Date, actorUserId: string | null, roundId: string | null): Recorder =>
  async (action, subject, payload) => {
    await recordRepo.appendEvent(
      tx,
      recordDraft(now, actorUserId, roundId, action, subject, payload),
    );
  };

export async function loadRound(tx: Tx, roundId: string): Promise<RoundAggregate> {
  const agg = await roundRepo.loadRoundAggregate(tx, roundId);
  if (!agg) throw notFound('Round');
  return agg;
}
