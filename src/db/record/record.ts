import { asc, eq, sql } from 'drizzle-orm';
import { sealEvent, type RecordEvent, type RecordEventDraft } from '../../core/record/chain.ts';
import type { Tx } from '../connection.ts';
import { sha256 } from '../crypto.ts';
import { rowsOf } from '../rows.ts';
import { recordEvents, recordHead } from '../schema.ts';

/** Appends within the caller's transaction; the head row lock serializes concurrent appends. */
export async function appendEvent(tx: Tx, draft: RecordEventDraft): Promise<RecordEvent> {
  return (await appendEvents(tx, [draft]))[0]!;
}

/** The record's last sealed event, as a writer last saw it. */
export interface RecordHead {
  seq: number;
  hash: string;
}

/** Seals drafts in order after `head`. */
export function sealAfter(head: RecordHead, drafts: readonly RecordEventDraft[]): RecordEvent[] {
  const events: RecordEvent[] = [];
  let previous = head;
  for (const draft of drafts) {
    const event = sealEvent(sha256, draft, previous);
    events.push(event);
    previous = event;
  }
  return events;
}

const EVENT_COLUMNS = sql`seq, at, actor_user_id, action, subject_kind, subject_id, round_id, payload,
  payload_digest, prev_hash, hash`;

/** Typed, because a VALUES list that feeds an INSERT … SELECT gets no types from the target. */
const eventRows = (events: readonly RecordEvent[]) =>
  sql.join(
    events.map(
      (e) => sql`(${e.seq}::bigint, ${e.at}::text, ${e.actorUserId}::text, ${e.action}::text,
        ${e.subjectKind}::text, ${e.subjectId}::text, ${e.roundId}::text,
        ${JSON.stringify(e.payload)}::jsonb, ${e.payloadDigest}::text, ${e.prevHash}::text,
        ${e.hash}::text)`,
    ),
    sql`, `,
  );

/**
 * Statement steps `moved` and `sealed`: the head moves to the last event, and the events are written,
 * only if the head is still `expected` (`moved` then has one row). Events must not be empty.
 */
export const headMovedWithEvents = (expected: RecordHead, events: readonly RecordEvent[]) => {
  const last = events.at(-1)!;
  return sql`moved as (
      update ${recordHead} set seq = ${last.seq}, hash = ${last.hash}
      where id = 'head' and seq = ${expected.seq} and hash = ${expected.hash}
      returning 1
    ), sealed as (
      insert into ${recordEvents} (${EVENT_COLUMNS})
      select * from (values ${eventRows(events)}) as v (${EVENT_COLUMNS})
      where exists (select 1 from moved)
    )`;
};

/**
 * Appends several events in order, whatever their number, in one statement when `expectedHead` is
 * right: the events and the new head are written only if the head is still that one (a concurrent
 * writer holding the head's row lock makes this wait, then miss). Otherwise, or without a guess,
 * the head is read and locked first, then the events and the new head are written together. The
 * new head is the last event answered; a caller that guesses keeps it for its next append.
 */
export async function appendEvents(
  tx: Tx,
  drafts: readonly RecordEventDraft[],
  expectedHead?: RecordHead,
): Promise<RecordEvent[]> {
  if (drafts.length === 0) return [];
  if (expectedHead) {
    const events = sealAfter(expectedHead, drafts);
    const [moved] = await rowsOf<{ n: number }>(
      tx,
      sql`with ${headMovedWithEvents(expectedHead, events)}
        select count(*)::integer as n from moved`,
    );
    if (moved?.n === 1) return events;
  }
  const [head] = await tx.select().from(recordHead).where(eq(recordHead.id, 'head')).for('update');
  if (!head) throw new Error('record head missing: run migrations');
  const events = sealAfter(head, drafts);
  const last = events.at(-1)!;
  await tx.execute(sql`with sealed as (
      insert into ${recordEvents} (${EVENT_COLUMNS}) values ${eventRows(events)}
    )
    update ${recordHead} set seq = ${last.seq}, hash = ${last.hash} where id = 'head'`);
  return events;
}

export async function readChain(
  db: Tx,
): Promise<{ events: RecordEvent[]; head: { seq: number; hash: string } | null }> {
  const rows = await db.select().from(recordEvents).orderBy(asc(recordEvents.seq));
  const [head] = await db.select().from(recordHead).where(eq(recordHead.id, 'head'));
  return { events: rows, head: head ? { seq: head.seq, hash: head.hash } : null };
}
