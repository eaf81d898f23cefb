import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Channel, Message } from '../../core/talks/types.ts';
import type { ChannelKind, MessageType, RelayPermission } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { rowsOf } from '../rows.ts';
import { channels, messages, readMarkers } from '../schema.ts';

const toChannel = (r: typeof channels.$inferSelect): Channel => ({
  id: r.id,
  roundId: r.roundId,
  kind: r.kind as ChannelKind,
  ownerParticipantId: r.ownerParticipantId,
  sessionId: r.sessionId,
  listedParticipantIds: r.listedParticipantIds,
  lastSeq: r.lastSeq,
});

const toMessage = (r: typeof messages.$inferSelect): Message => ({
  ...r,
  type: r.type as MessageType,
  relayPermission: r.relayPermission as RelayPermission | null,
});

export async function channelsOf(db: Tx, roundId: string): Promise<Channel[]> {
  const rows = await db
    .select()
    .from(channels)
    .where(eq(channels.roundId, roundId))
    .orderBy(asc(channels.openedAt), asc(channels.id));
  return rows.map(toChannel);
}

export async function findChannel(db: Tx, id: string): Promise<Channel | undefined> {
  const [row] = await db.select().from(channels).where(eq(channels.id, id));
  return row ? toChannel(row) : undefined;
}

export async function insertChannels(
  db: Tx,
  list: readonly Channel[],
  openedAt: Date,
): Promise<void> {
  if (list.length === 0) return;
  await db.insert(channels).values(list.map((c) => ({ ...c, openedAt })));
}

/**
 * Takes the channel's next sequence number, stores the message under it and marks it read for its
 * sender, in one statement (a send's round trips are its cost on the embedded database). The
 * channel row stays locked, holding other sends to it, until the transaction ends.
 */
export async function appendMessage(db: Tx, m: Omit<Message, 'seq'>): Promise<number> {
  const [row] = await rowsOf<{ seq: number }>(
    db,
    sql`with next as (
      update ${channels} set last_seq = last_seq + 1 where id = ${m.channelId} returning last_seq
    ), inserted as (
      insert into ${messages} (id, channel_id, seq, sender_user_id, sender_participant_id, type, body,
        reply_to_id, correction_of_id, relay_permission, relay_source_id, relay_attributed_to,
        idempotency_key, created_at)
      select ${m.id}, ${m.channelId}, next.last_seq, ${m.senderUserId}, ${m.senderParticipantId},
        ${m.type}, ${m.body}, ${m.replyToId}, ${m.correctionOfId}, ${m.relayPermission},
        ${m.relaySourceId}, ${m.relayAttributedTo}, ${m.idempotencyKey},
        ${m.createdAt.toISOString()}::timestamptz
      from next
      returning seq
    ), marked as (
      insert into ${readMarkers} (user_id, channel_id, last_read_seq)
      select ${m.senderUserId}, ${m.channelId}, seq from inserted
      on conflict (user_id, channel_id)
      do update set last_read_seq = greatest(${readMarkers}.last_read_seq, excluded.last_read_seq)
    )
    select seq::integer as seq from inserted`,
  );
  if (!row) throw new Error(`channel ${m.channelId} missing`);
  return row.seq;
}

export async function findMessage(db: Tx, id: string): Promise<Message | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row ? toMessage(row) : undefined;
}

export async function findByIdempotencyKey(
  db: Tx,
  senderUserId: string,
  key: string,
): Promise<Message | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.senderUserId, senderUserId), eq(messages.idempotencyKey, key)));
  return row ? toMessage(row) : undefined;
}

export async function messagesAfter(
  db: Tx,
  channelId: string,
  afterSeq: number,
  limit: number,
): Promise<Message[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.channelId, channelId), gt(messages.seq, afterSeq)))
    .orderBy(asc(messages.seq))
    .limit(limit);
  return rows.map(toMessage);
}

export async function readMarkersOf(
  db: Tx,
  userId: string,
  channelIds: readonly string[],
): Promise<Map<string, number>> {
  if (channelIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(readMarkers)
    .where(and(eq(readMarkers.userId, userId), inArray(readMarkers.channelId, [...channelIds])));
  return new Map(rows.map((r) => [r.channelId, r.lastReadSeq]));
}

export async function markRead(
  db: Tx,
  userId: string,
  channelId: string,
  seq: number,
): Promise<void> {
  await db
    .insert(readMarkers)
    .values({ userId, channelId, lastReadSeq: seq })
    .onConflictDoUpdate({
      target: [readMarkers.userId, readMarkers.channelId],
      set: { lastReadSeq: sql`greatest(${readMarkers.lastReadSeq}, ${seq})` },
    });
}
