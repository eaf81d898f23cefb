import { sql, type SQL } from 'drizzle-orm';
import type { Message } from '../../core/talks/types.ts';
import { messages, readMarkers } from '../schema.ts';

/** A message before it has its place in its channel. */
export type UnsequencedMessage = Omit<Message, 'seq'>;

/** Every column of a message but its id, channel and place, in the order both writers use. */
const CONTENT_COLUMNS = sql.raw(`sender_user_id, sender_participant_id, type, body, reply_to_id,
  correction_of_id, relay_permission, relay_source_id, relay_attributed_to, idempotency_key,
  created_at`);

/**
 * Statement step `batch (ord, id, channel_id, seq, …)`: the messages as typed rows (a VALUES list
 * feeding an INSERT … SELECT gets no types from its target), seq null for those not yet placed.
 */
export function messageBatch(list: readonly (UnsequencedMessage & { seq?: number })[]): SQL {
  const rows = sql.join(
    list.map(
      (m, i) => sql`(${i + 1}::integer, ${m.id}::text, ${m.channelId}::text,
        ${m.seq ?? null}::bigint, ${m.senderUserId}::text, ${m.senderParticipantId}::text,
        ${m.type}::text, ${m.body}::text, ${m.replyToId}::text, ${m.correctionOfId}::text,
        ${m.relayPermission}::text, ${m.relaySourceId}::text, ${m.relayAttributedTo}::text,
        ${m.idempotencyKey}::text, ${m.createdAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  return sql`batch (ord, id, channel_id, seq, ${CONTENT_COLUMNS}) as (values ${rows})`;
}

/**
 * Statement steps `inserted` and `marked`: the one insert of messages, from `batch b` joined as
 * `from` says, at the places `seq` gives; each is marked read for its sender (one's own words are
 * never unread).
 */
export const insertedFromBatch = (from: SQL, seq: SQL) => sql`inserted as (
    insert into ${messages} (id, channel_id, seq, ${CONTENT_COLUMNS})
    select b.id, b.channel_id, ${seq}, ${CONTENT_COLUMNS} from ${from}
    returning id, seq, channel_id, sender_user_id
  ), marked as (
    insert into ${readMarkers} (user_id, channel_id, last_read_seq)
    select sender_user_id, channel_id, max(seq) from inserted
    group by sender_user_id, channel_id
    on conflict (user_id, channel_id)
    do update set last_read_seq = greatest(${readMarkers}.last_read_seq, excluded.last_read_seq)
  )`;
