import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { members } from '../convening/schema.ts';
import type { Database } from '../connection.ts';
import { attachments, channels, messages } from '../talks/schema.ts';

export interface BulkTalks {
  messages: number;
  files: number;
  fileBytes: number;
}

const BATCH = 2000;

/**
 * Fills a database that already holds a round (the demo) with `messages` messages and `files`
 * attached files of random bytes, spread over the channels that have a speaker. For tests and
 * benches of whole-database work (backups); it bypasses the use cases and the record on purpose.
 */
export async function fillWithTalks(database: Database, size: BulkTalks): Promise<void> {
  // A caucus and one member of the delegation that owns it: someone who may speak there.
  const speakers = await database.db
    .select({
      channelId: channels.id,
      userId: members.userId,
      participantId: members.participantId,
    })
    .from(channels)
    .innerJoin(members, eq(members.participantId, channels.ownerParticipantId));
  if (speakers.length === 0) throw new Error('fillWithTalks needs a round with caucuses');
  const lastSeq = new Map<string, number>();
  for (const c of await database.db.select().from(channels)) lastSeq.set(c.id, c.lastSeq);
  const start = Date.UTC(2017, 0, 23, 9);
  const rows = Array.from({ length: size.messages }, (_, i) => {
    const s = speakers[i % speakers.length]!;
    const seq = (lastSeq.get(s.channelId) ?? 0) + 1;
    lastSeq.set(s.channelId, seq);
    return {
      id: `bulk-m-${i}`,
      channelId: s.channelId,
      seq,
      senderUserId: s.userId,
      senderParticipantId: s.participantId,
      type: 'information',
      body: `Bulk message ${i}: ${randomBytes(24).toString('base64')}`,
      idempotencyKey: `bulk-${i}`,
      createdAt: new Date(start + i * 1000),
    };
  });
  await database.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH)
      await tx.insert(messages).values(rows.slice(i, i + BATCH));
    for (const [id, seq] of lastSeq)
      await tx.update(channels).set({ lastSeq: seq }).where(eq(channels.id, id));
    for (let i = 0; i < size.files; i++) {
      const message = rows[(i * 7) % Math.max(1, rows.length)] ?? rows[0];
      const content = randomBytes(size.fileBytes);
      await tx.insert(attachments).values({
        id: `bulk-f-${i}`,
        channelId: message?.channelId ?? speakers[0]!.channelId,
        messageId: message?.id ?? null,
        uploadedBy: message?.senderUserId ?? speakers[0]!.userId,
        filename: `annex-${i}.pdf`,
        mediaType: 'application/pdf',
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedAt: new Date(start + i * 60_000),
      });
    }
  });
}
