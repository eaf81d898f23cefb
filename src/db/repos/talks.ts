import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Channel, Message } from '../../core/talks/types.ts';
import type { ChannelKind, MessageType, RelayPermission } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
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

/** Takes the channel's next sequence number; the row lock holds other sends to it until commit. */
export async function nextSeq(db: Tx, channelId: string): Promise<number> {
  const [row] = await db
    .update(channels)
    .set({ lastSeq: sql`${channels.lastSeq} + 1` })
    .where(eq(channels.id, channelId))
    .returning({ seq: channels.lastSeq });
  if (!row) throw new Error(`channel ${channelId} missing`);
  return row.seq;
}

export async function insertMessage(db: Tx, m: Message): Promise<void> {
  await db.insert(messages).values(m);
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
