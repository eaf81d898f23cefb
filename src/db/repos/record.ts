import { asc, eq, sql } from 'drizzle-orm';
import { sealEvent, type RecordEvent, type RecordEventDraft } from '../../core/record/chain.ts';
import type { Tx } from '../connection.ts';
import { sha256 } from '../crypto.ts';
import { recordEvents, recordHead } from '../schema.ts';

/** Appends within the caller's transaction; the head row lock serializes concurrent appends. */
export async function appendEvent(tx: Tx, draft: RecordEventDraft): Promise<RecordEvent> {
  return (await appendEvents(tx, [draft]))[0]!;
}

/**
 * Appends several events in order with two statements, whatever their number: the head is read
 * (and locked), then the events and the new head are written together.
 */
export async function appendEvents(
  tx: Tx,
  drafts: readonly RecordEventDraft[],
): Promise<RecordEvent[]> {
  if (drafts.length === 0) return [];
  const [head] = await tx.select().from(recordHead).where(eq(recordHead.id, 'head')).for('update');
  if (!head) throw new Error('record head missing: run migrations');
  const events: RecordEvent[] = [];
  let previous: { seq: number; hash: string } = head;
  for (const draft of drafts) {
    const event = sealEvent(sha256, draft, previous);
    events.push(event);
    previous = event;
  }
  const rows = sql.join(
    events.map(
      (e) => sql`(${e.seq}, ${e.at}, ${e.actorUserId}, ${e.action}, ${e.subjectKind},
        ${e.subjectId}, ${e.roundId}, ${JSON.stringify(e.payload)}::jsonb, ${e.payloadDigest},
        ${e.prevHash}, ${e.hash})`,
    ),
    sql`, `,
  );
  await tx.execute(sql`with sealed as (
      insert into ${recordEvents} (seq, at, actor_user_id, action, subject_kind, subject_id,
        round_id, payload, payload_digest, prev_hash, hash)
      values ${rows}
    )
    update ${recordHead} set seq = ${previous.seq}, hash = ${previous.hash} where id = 'head'`);
  return events;
}

export async function readChain(
  db: Tx,
): Promise<{ events: RecordEvent[]; head: { seq: number; hash: string } | null }> {
  const rows = await db.select().from(recordEvents).orderBy(asc(recordEvents.seq));
  const [head] = await db.select().from(recordHead).where(eq(recordHead.id, 'head'));
  return { events: rows, head: head ? { seq: head.seq, hash: head.hash } : null };
}
