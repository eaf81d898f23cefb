import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Tx } from './connection.ts';
import { rowsOf } from './rows.ts';

const journal = JSON.parse(
  readFileSync(new URL('./migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: unknown[] };

/** The migrations this build ships, and how many the database has applied. */
export async function migrationState(db: Tx): Promise<{ shipped: number; applied: number }> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::integer as n from drizzle.__drizzle_migrations`,
  );
  return { shipped: journal.entries.length, applied: row?.n ?? 0 };
}
