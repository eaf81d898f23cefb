import { asc, count, inArray, like, or, sql } from 'drizzle-orm';
import { BACKED_UP_TABLES } from '../backups/tables.ts';
import type { Tx } from '../connection.ts';
import { attachments, messages } from '../talks/schema.ts';

/**
 * Rows per backed-up table, counted by the database itself rather than read from a backup's
 * trailer: what a restore must reproduce, whatever the backup claims.
 */
export async function rowCounts(db: Tx): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of BACKED_UP_TABLES) {
    const [row] = await db.select({ n: count() }).from(t.table);
    counts[t.name] = row?.n ?? 0;
  }
  return counts;
}

/**
 * Every attachment's content hashed again and compared with the SHA-256 and size stored beside
 * it: a restore that dropped or changed a byte names the file here. The database hashes, so the
 * files' bytes are not carried out of it to be checked (100 MB takes seconds through PGlite).
 */
export async function attachmentDigests(db: Tx): Promise<{ checked: number; wrong: string[] }> {
  const wrong = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      or(
        sql`encode(sha256(${attachments.content}), 'hex') <> ${attachments.sha256}`,
        sql`octet_length(${attachments.content}) <> ${attachments.size}`,
      ),
    );
  const [all] = await db.select({ n: count() }).from(attachments);
  return { checked: all?.n ?? 0, wrong: wrong.map((w) => w.id) };
}

/** How many of `fillWithTalks`'s messages a database holds (their ids start `bulk-m-`). */
export async function bulkMessageCount(db: Tx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(messages).where(like(messages.id, 'bulk-m-%'));
  return row?.n ?? 0;
}

/** The messages of these channels, in each channel's order: which of them a database holds. */
export function messagesOf(db: Tx, channelIds: string[]) {
  return db
    .select({ id: messages.id, channelId: messages.channelId, seq: messages.seq })
    .from(messages)
    .where(inArray(messages.channelId, channelIds))
    .orderBy(asc(messages.channelId), asc(messages.seq));
}
