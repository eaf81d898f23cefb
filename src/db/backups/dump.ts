import { eq, sql } from 'drizzle-orm';
import type { TableHeader } from '../../core/backups/format.ts';
import type { Tx } from '../connection.ts';
import { migrationState } from '../readiness.ts';
import { recordHead } from '../record/schema.ts';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { BACKED_UP_TABLES, encodeValue, type BackedUpTable } from './tables.ts';

/** What a snapshot says about itself before its rows: the header's facts. */
export async function describeSnapshot(db: Tx) {
  const [head] = await db.select().from(recordHead).where(eq(recordHead.id, 'head'));
  const { applied } = await migrationState(db);
  return { schemaVersion: applied, recordHead: { seq: head?.seq ?? 0, hash: head?.hash ?? '' } };
}

export type DumpLine = TableHeader | unknown[];

/** Text in byte order whatever the server's collation, so either database writes the same backup. */
const byteOrder = (c: PgColumn) =>
  c.getSQLType() === 'text' ? sql`${c} collate "C" asc` : sql`${c} asc`;

/** Files are large: fewer of them per page keeps one page's memory bounded. */
const pageSize = (t: BackedUpTable) => (t.columns.some((c) => c.encoding === 'bytes') ? 16 : 2000);

/**
 * Every backed-up table of `db`, referenced tables first, each row in primary-key order. `db`
 * must be one snapshot (see `Database.readSnapshot`), or pages from different moments would mix.
 */
export async function dumpTables(
  db: Tx,
  emit: (line: DumpLine) => Promise<void>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of BACKED_UP_TABLES) {
    await emit({
      kind: 'table',
      name: t.name,
      columns: t.columns.map((c) => ({ name: c.name, encoding: c.encoding })),
    });
    let count = 0;
    for (let offset = 0; ; offset += pageSize(t)) {
      const rows = (await db
        .select()
        .from(t.table)
        .orderBy(...t.orderBy.map(byteOrder))
        .limit(pageSize(t))
        .offset(offset)) as Record<string, unknown>[];
      for (const row of rows) await emit(t.columns.map((c) => encodeValue(c.encoding, row[c.key])));
      count += rows.length;
      if (rows.length < pageSize(t)) break;
    }
    counts[t.name] = count;
  }
  return counts;
}
