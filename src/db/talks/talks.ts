import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Channel, ChannelClosure, Message } from '../../core/talks/types.ts';
import type { ChannelKind, MessageType, RelayPermission } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { rowsOf } from '../rows.ts';
import { channels, messages, readMarkers } from '../schema.ts';
import { insertedFromBatch, messageBatch, type UnsequencedMessage } from './message-rows.ts';

const toChannel = (r: typeof channels.$inferSelect): Channel => ({
  id: r.id,
  roundId: r.roundId,
  kind: r.kind as ChannelKind,
  ownerParticipantId: r.ownerParticipantId,
  sessionId: r.sessionId,
  listedParticipantIds: r.listedParticipantIds,
  lastSeq: r.lastSeq,
  closure: r.closure ?? null,
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

/** Closes a channel (a closure) or reopens it (null). */
export async function setClosure(
  db: Tx,
  id: string,
  closure: ChannelClosure | null,
): Promise<void> {
  await db.update(channels).set({ closure }).where(eq(channels.id, id));
}

/**
 * Gives each message the next sequence numbers of its channel in the order given, stores them and
 * marks them read for their senders (one's own words are never unread), in one statement whatever
 * the number of messages and channels: a send's cost is its statements. The channel rows stay
 * locked, holding other sends to them, until the transaction ends. Answers each message's seq.
 */
export async function appendMessages(
  db: Tx,
  list: readonly UnsequencedMessage[],
): Promise<Map<string, number>> {
  if (list.length === 0) return new Map();
  const channelIds = [...new Set(list.map((m) => m.channelId))].sort();
  if (channelIds.length > 1) {
    // Locked in one global order first, so batches of other instances never deadlock with this one.
    await db
      .select({ id: channels.id })
      .from(channels)
      .where(inArray(channels.id, channelIds))
      .orderBy(asc(channels.id))
      .for('update');
  }
  const rows = await rowsOf<{ id: string; seq: number }>(
    db,
    sql`with ${messageBatch(list)}, counts as (
        select channel_id, count(*)::integer as n from batch group by channel_id
      ), next as (
        update ${channels} c set last_seq = c.last_seq + counts.n
        from counts where c.id = counts.channel_id
        returning c.id, c.last_seq, counts.n
      ), ${insertedFromBatch(
        sql`batch b join next on next.id = b.channel_id`,
        sql`next.last_seq - next.n + row_number() over (partition by b.channel_id order by b.ord)`,
      )}
      select id, seq::integer as seq from inserted`,
  );
  if (rows.length !== list.length) throw new Error('a channel of the batch is missing');
  return new Map(rows.map((r) => [r.id, r.seq]));
}

/**
 * One message; `lock` holds its row until the transaction ends: `share` while a relay reads what
 * its source allows, `update` while its permission is narrowed (the two wait for each other).
 */
export async function findMessage(
  db: Tx,
  id: string,
  options: { lock?: 'share' | 'update' } = {},
): Promise<Message | undefined> {
  const query = db.select().from(messages).where(eq(messages.id, id));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  return row ? toMessage(row) : undefined;
}

export async function setRelayPermission(
  db: Tx,
  id: string,
  permission: RelayPermission,
): Promise<void> {
  await db.update(messages).set({ relayPermission: permission }).where(eq(messages.id, id));
}

/** Marks a party message relayed, at its first relay. */
export async function markRelayed(db: Tx, id: string, at: Date): Promise<void> {
  await db
    .update(messages)
    .set({ relayedAt: at })
    .where(and(eq(messages.id, id), isNull(messages.relayedAt)));
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

/** Each channel's latest message, for the channel list. */
export async function lastMessagesOf(
  db: Tx,
  channelIds: readonly string[],
): Promise<Map<string, Message>> {
  if (channelIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([messages.channelId])
    .from(messages)
    .where(inArray(messages.channelId, [...channelIds]))
    .orderBy(messages.channelId, desc(messages.seq));
  return new Map(rows.map((r) => [r.channelId, toMessage(r)]));
}
