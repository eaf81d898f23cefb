import { asc, eq, sql } from 'drizzle-orm';
import { sealEvent, type RecordEvent, type RecordEventDraft } from '../../core/record/chain.ts';
import type { Tx } from '../connection.ts';
import { sha256 } from '../crypto.ts';
import { recordEvents, recordHead } from '../schema.ts';

/** Appends within the caller's transaction; the head row lock serializes concurrent appends. */
export async function appendEvent(tx: Tx, draft: RecordEventDraft): Promise<RecordEvent> {
  const [head] = await tx.select().from(recordHead).where(eq(recordHead.id, 'head')).for('update');
  if (!head) throw new Error('record head missing: run migrations');
  const event = sealEvent(sha256, draft, head);
  // The event and the new head in one statement: one round trip fewer on every change.
  await tx.execute(sql`with sealed as (
      insert into ${recordEvents} (seq, at, actor_user_id, action, subject_kind, subject_id,
        round_id, payload, payload_digest, prev_hash, hash)
      values (${event.seq}, ${event.at}, ${event.actorUserId}, ${event.action},
        ${event.subjectKind}, ${event.subjectId}, ${event.roundId},
        ${JSON.stringify(event.payload)}::jsonb, ${event.payloadDigest}, ${event.prevHash},
        ${event.hash})
    )
    update ${recordHead} set seq = ${event.seq}, hash = ${event.hash} where id = 'head'`);
  return event;
}

export async function readChain(
  db: Tx,
): Promise<{ events: RecordEvent[]; head: { seq: number; hash: string } | null }> {
  const rows = await db.select().from(recordEvents).orderBy(asc(recordEvents.seq));
  const [head] = await db.select().from(recordHead).where(eq(recordHead.id, 'head'));
  return { events: rows, head: head ? { seq: head.seq, hash: head.hash } : null };
}
