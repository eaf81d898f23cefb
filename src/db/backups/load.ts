import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { DomainError } from '../../core/errors.ts';
import { damagedBackup, type TableHeader } from '../../core/backups/format.ts';
import type { Database, Tx } from '../connection.ts';
import { readChain } from '../record/record.ts';
import { recordHead } from '../record/schema.ts';
import {
  BACKED_UP_TABLES,
  CLEARED_ON_RESTORE,
  decodeValue,
  type BackedUpColumn,
  type BackedUpTable,
} from './tables.ts';

/** What a restore feeds, line by line, inside its one transaction. */
export interface Loader {
  startTable(header: TableHeader): Promise<void>;
  addRow(values: unknown[]): Promise<void>;
  /** Rows inserted per table so far (after the last batch is written). */
  finish(): Promise<Record<string, number>>;
  readChain(): ReturnType<typeof readChain>;
}

/** A statement holds at most 65,535 parameters, and a batch of files should not fill memory. */
const MAX_PARAMETERS = 30_000;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

async function assertEmpty(tx: Tx) {
  for (const t of BACKED_UP_TABLES) {
    const [row] = await tx.select({ n: count() }).from(t.table);
    const allowed = t.table === recordHead ? 1 : 0;
    if ((row?.n ?? 0) > allowed)
      throw new DomainError(
        'backup_target_not_empty',
        `The database already holds data (table ${t.name}); a backup restores into an empty database only. Nothing was changed.`,
      );
  }
  const { head } = await readChain(tx);
  if (head && head.seq > 0)
    throw new DomainError('backup_target_not_empty', 'The database already holds a record.');
}

function columnsFor(header: TableHeader, known: BackedUpTable): BackedUpColumn[] {
  const byName = new Map(known.columns.map((c) => [c.name, c]));
  const columns = header.columns.map((c) => byName.get(c.name));
  if (columns.some((c) => !c) || columns.length !== known.columns.length)
    throw damagedBackup(`table ${header.name} has other columns than this schema's`);
  return columns as BackedUpColumn[];
}

function loaderIn(tx: Tx): Loader {
  const tables = new Map(BACKED_UP_TABLES.map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  let current: { table: PgTable; name: string; columns: BackedUpColumn[] } | undefined;
  let batch: Record<string, unknown>[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (!current || batch.length === 0) return;
    await tx.insert(current.table).values(batch as never);
    counts[current.name] = (counts[current.name] ?? 0) + batch.length;
    batch = [];
    batchBytes = 0;
  };
  return {
    async startTable(header) {
      await flush();
      const known = tables.get(header.name);
      if (!known)
        throw damagedBackup(`it holds a table this schema does not have (${header.name})`);
      if (header.name in counts) throw damagedBackup(`table ${header.name} appears twice`);
      counts[header.name] = 0;
      current = { table: known.table, name: known.name, columns: columnsFor(header, known) };
    },
    async addRow(values) {
      if (!current) throw damagedBackup('a row comes before any table');
      if (values.length !== current.columns.length)
        throw damagedBackup(`a row of ${current.name} has ${values.length} values`);
      const row: Record<string, unknown> = {};
      current.columns.forEach((c, i) => {
        row[c.key] = decodeValue(c.encoding, values[i]);
        if (c.encoding === 'bytes') batchBytes += (values[i] as string | null)?.length ?? 0;
      });
      batch.push(row);
      if ((batch.length + 1) * current.columns.length > MAX_PARAMETERS) await flush();
      else if (batchBytes > MAX_BATCH_BYTES) await flush();
    },
    async finish() {
      await flush();
      return counts;
    },
    readChain: () => readChain(tx),
  };
}

/**
 * Loads a backup into an empty database in one transaction: `feed` pushes every line through the
 * loader and checks what it read; if it throws, nothing of the backup remains.
 */
export async function loadInto(
  database: Database,
  feed: (loader: Loader) => Promise<void>,
): Promise<void> {
  await database.transaction(async (tx) => {
    await assertEmpty(tx);
    for (const table of CLEARED_ON_RESTORE) await tx.delete(table);
    await tx.delete(recordHead);
    await feed(loaderIn(tx));
  });
}
