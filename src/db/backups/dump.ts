import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { TableHeader } from '../../core/backups/format.ts';
import type { Tx } from '../connection.ts';
import { migrationState } from '../readiness.ts';
import { recordHead } from '../record/schema.ts';
import { BACKED_UP_TABLES, encodeValue, type BackedUpTable } from './tables.ts';

/** What a snapshot says about itself before its rows: the header's facts. */
export interface SnapshotFacts {
  schemaVersion: number;
  recordHead: { seq: number; hash: string };
}

/**
 * Where a snapshot's dump goes: its facts once, as soon as the moment is fixed, then the tables'
 * JSON lines (see core/backups/format.ts) as UTF-8, many lines to a chunk, each chunk whole lines.
 */
export interface SnapshotSink {
  begin(facts: SnapshotFacts): Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
}

async function describeSnapshot(db: Tx): Promise<SnapshotFacts> {
  const [head] = await db.select().from(recordHead).where(eq(recordHead.id, 'head'));
  const { applied } = await migrationState(db);
  return { schemaVersion: applied, recordHead: { seq: head?.seq ?? 0, hash: head?.hash ?? '' } };
}

type DumpLine = TableHeader | unknown[];

/** Files are large: fewer of them per page keeps one page's memory bounded. */
const pageSize = (t: BackedUpTable) => (t.columns.some((c) => c.encoding === 'bytes') ? 16 : 2000);

/**
 * The rows after `last` in key order, as a row comparison the key's index answers by itself, so
 * that each page costs its own rows and not a sort of the whole table (OFFSET would).
 */
function after(t: BackedUpTable, last: Record<string, unknown> | undefined): SQL | undefined {
  if (!last) return undefined;
  const values = t.primaryKey.map((column) => {
    const key = t.columns.find((c) => c.name === column.name)!.key;
    return sql.param(last[key], column);
  });
  return sql`(${sql.join(t.primaryKey, sql`, `)}) > (${sql.join(values, sql`, `)})`;
}

/**
 * Every backed-up table of `db`, referenced tables first, each in its key's order. `db` must be
 * one snapshot, or pages from different moments would mix.
 */
async function dumpTables(
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
    for (let last: Record<string, unknown> | undefined; ;) {
      const rows = (await db
        .select()
        .from(t.table)
        .where(after(t, last))
        .orderBy(...t.primaryKey.map((c) => asc(c)))
        .limit(pageSize(t))) as Record<string, unknown>[];
      for (const row of rows) await emit(t.columns.map((c) => encodeValue(c.encoding, row[c.key])));
      count += rows.length;
      if (rows.length < pageSize(t)) break;
      last = rows.at(-1);
    }
    counts[t.name] = count;
  }
  return counts;
}

/** About 1 MB a chunk: few enough messages to a worker's parent, small enough to hash at once. */
const CHUNK_CHARS = 1 << 20;

function chunked(write: (chunk: Uint8Array) => Promise<void>) {
  const encoder = new TextEncoder();
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    // Its own buffer, never a slice of a shared pool: a worker hands the chunk over whole.
    const chunk = encoder.encode(parts.join(''));
    parts = [];
    size = 0;
    await write(chunk);
  };
  const add = async (line: DumpLine) => {
    const text = `${JSON.stringify(line)}\n`;
    parts.push(text);
    size += text.length;
    if (size >= CHUNK_CHARS) await flush();
  };
  return { add, flush };
}

/** Dumps the snapshot `db` into `sink`; answers the rows written per table. */
export async function dumpSnapshot(db: Tx, sink: SnapshotSink): Promise<Record<string, number>> {
  await sink.begin(await describeSnapshot(db));
  const out = chunked((chunk) => sink.write(chunk));
  const rows = await dumpTables(db, out.add);
  await out.flush();
  return rows;
}
