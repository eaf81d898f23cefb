import { getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import type { ColumnEncoding } from '../../core/backups/format.ts';
import * as schema from '../schema.ts';

/**
 * Live credentials stay out of a backup: whoever holds a copy must not be able to sign in as
 * someone, and a restored deployment asks everyone to sign in again.
 */
const NOT_BACKED_UP = new Set(['sign_ins', 'setup_links']);

export interface BackedUpColumn {
  /** The database's name for it (the backup's), and Drizzle's (the inserts'). */
  name: string;
  key: string;
  encoding: ColumnEncoding;
}

export interface BackedUpTable {
  name: string;
  table: PgTable;
  columns: BackedUpColumn[];
  /**
   * Rows come out in this key's order, as its index gives them, so that the dump pages along the
   * index. The order is the database's collation: two kinds of database may order text apart.
   */
  primaryKey: PgColumn[];
}

function encodingOf(column: PgColumn): ColumnEncoding {
  if (column.getSQLType() === 'bytea') return 'bytes';
  if (column.columnType === 'PgTimestamp') return 'timestamp';
  return 'json';
}

function describe(table: PgTable): BackedUpTable {
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({
    name: column.name,
    key,
    encoding: encodingOf(column),
  }));
  // A composite key names stand-ins of its columns; the table's own columns carry their types.
  const keyNames = new Set(
    (config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary)).map((c) => c.name),
  );
  const primary = config.columns.filter((c) => keyNames.has(c.name));
  if (primary.length === 0) throw new Error(`table ${config.name} has no primary key`);
  return { name: config.name, table, columns, primaryKey: primary };
}

/** Referenced tables before the tables that reference them, so rows insert in one pass. */
function referencesFirst(tables: BackedUpTable[]): BackedUpTable[] {
  const byTable = new Map(tables.map((t) => [t.table, t]));
  const ordered: BackedUpTable[] = [];
  const placed = new Set<PgTable>();
  const visit = (t: BackedUpTable, path: Set<PgTable>) => {
    if (placed.has(t.table)) return;
    if (path.has(t.table)) throw new Error(`tables reference each other in a cycle at ${t.name}`);
    path.add(t.table);
    for (const fk of getTableConfig(t.table).foreignKeys) {
      const target = byTable.get(fk.reference().foreignTable);
      if (target && target !== t) visit(target, path);
    }
    placed.add(t.table);
    ordered.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t, new Set());
  return ordered;
}

const everyTable = Object.values(schema as Record<string, unknown>).filter(
  (value): value is PgTable => is(value, PgTable),
);

export const BACKED_UP_TABLES: readonly BackedUpTable[] = referencesFirst(
  everyTable.map(describe).filter((t) => !NOT_BACKED_UP.has(t.name)),
);

/** Tables a restore empties rather than fills: what they held belongs to the old deployment. */
export const CLEARED_ON_RESTORE: readonly PgTable[] = everyTable.filter((t) =>
  NOT_BACKED_UP.has(getTableConfig(t).name),
);

/** Values as JSON can hold them exactly: instants as ISO strings, bytes as base64. */
export function encodeValue(encoding: ColumnEncoding, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (encoding === 'timestamp') return (value as Date).toISOString();
  if (encoding === 'bytes') return Buffer.from(value as Uint8Array).toString('base64');
  return value;
}

export function decodeValue(encoding: ColumnEncoding, value: unknown): unknown {
  if (value === null) return null;
  if (encoding === 'timestamp') return new Date(value as string);
  if (encoding === 'bytes') return Buffer.from(value as string, 'base64');
  return value;
}
