import { sql } from 'drizzle-orm';
import type { RecordEvent, RecordEventDraft } from '../../core/record/chain.ts';
import type { Message } from '../../core/talks/types.ts';
import type { Tx } from '../connection.ts';
import { rowsOf } from '../rows.ts';
import { channels } from '../schema.ts';
import { headMovedWithEvents, sealAfter, type RecordHead } from '../record/record.ts';
import { insertedFromBatch, messageBatch, type UnsequencedMessage } from './message-rows.ts';

/** Where a batch expects the database to be: each channel's last sequence number, and the record's head. */
export interface ExpectedPlaces {
  lastSeqs: ReadonlyMap<string, number>;
  head: RecordHead;
}

/**
 * Gives each message the next sequence number of its channel after `lastSeqs`, in the order given;
 * undefined when a channel's last sequence number is not known.
 */
export function sequenceAfter(
  lastSeqs: ReadonlyMap<string, number>,
  list: readonly UnsequencedMessage[],
): Message[] | undefined {
  const next = new Map<string, number>();
  const sequenced: Message[] = [];
  for (const m of list) {
    const before = next.get(m.channelId) ?? lastSeqs.get(m.channelId);
    if (before === undefined) return undefined;
    next.set(m.channelId, before + 1);
    sequenced.push({ ...m, seq: before + 1 });
  }
  return sequenced;
}

/**
 * Stores messages whose sequence numbers (from `sequenceAfter`) the caller assigned from `expected`, marks them read for
 * their senders and appends their record events after the expected head, in one statement. Nothing
 * is stored in a channel whose last sequence number is not the expected one, and no event unless
 * the head is: the answer says whether everything matched, and when it did not the caller must
 * roll the transaction back (some rows may have moved) and sequence the batch by reading instead.
 */
export async function appendAtExpectedPlaces(
  tx: Tx,
  list: readonly Message[],
  drafts: readonly RecordEventDraft[],
  expected: ExpectedPlaces,
): Promise<{ matched: boolean; events: RecordEvent[] }> {
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.channelId, (counts.get(m.channelId) ?? 0) + 1);
  const bumps = sql.join(
    [...counts].map(([id, n]) => {
      const before = expected.lastSeqs.get(id)!;
      return sql`(${id}::text, ${before}::bigint, ${before + n}::bigint)`;
    }),
    sql`, `,
  );
  // Every send records its message, so a batch always has events to seal.
  const events = sealAfter(expected.head, drafts);
  const [row] = await rowsOf<{ moved: number; bumped: number }>(
    tx,
    sql`with ${headMovedWithEvents(expected.head, events)}, bumps (id, before, after) as (values ${bumps}
      ), bumped as (
        update ${channels} c set last_seq = b.after
        from bumps b where c.id = b.id and c.last_seq = b.before
        returning c.id
      ), ${messageBatch(list)}, ${insertedFromBatch(
        sql`batch b join bumped on bumped.id = b.channel_id`,
        sql`b.seq`,
      )}
      select (select count(*) from moved)::integer as moved,
        (select count(*) from bumped)::integer as bumped`,
  );
  return { matched: row?.moved === 1 && row.bumped === counts.size, events };
}
