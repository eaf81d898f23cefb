import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../connection.ts';
import { attachments } from '../schema.ts';

export interface AttachmentMeta {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

const meta = {
  id: attachments.id,
  filename: attachments.filename,
  mediaType: attachments.mediaType,
  size: attachments.size,
  sha256: attachments.sha256,
};

export async function insertAttachment(
  db: Tx,
  row: typeof attachments.$inferInsert,
): Promise<void> {
  await db.insert(attachments).values(row);
}

/** Binds the uploader's unsent files of this channel to a message; answers how many it bound. */
export async function bindToMessage(
  db: Tx,
  ids: readonly string[],
  channelId: string,
  uploadedBy: string,
  messageId: string,
) {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(attachments)
    .set({ messageId })
    .where(
      and(
        inArray(attachments.id, [...ids]),
        eq(attachments.channelId, channelId),
        eq(attachments.uploadedBy, uploadedBy),
        isNull(attachments.messageId),
      ),
    )
    .returning({ id: attachments.id });
  return rows.length;
}

export async function attachmentsOf(
  db: Tx,
  messageIds: readonly string[],
): Promise<Map<string, AttachmentMeta[]>> {
  const out = new Map<string, AttachmentMeta[]>();
  if (messageIds.length === 0) return out;
  const rows = await db
    .select({ ...meta, messageId: attachments.messageId })
    .from(attachments)
    .where(inArray(attachments.messageId, [...messageIds]));
  for (const { messageId, ...m } of rows) out.set(messageId!, [...(out.get(messageId!) ?? []), m]);
  return out;
}

export async function findAttachment(db: Tx, id: string) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row;
}

export async function attachmentChannel(db: Tx, id: string) {
  const [row] = await db
    .select({
      channelId: attachments.channelId,
      messageId: attachments.messageId,
      uploadedBy: attachments.uploadedBy,
    })
    .from(attachments)
    .where(eq(attachments.id, id));
  return row;
}
