import type { SQL } from 'drizzle-orm';
import type { Tx } from './connection.ts';

/** Runs a hand-written statement and answers its rows, whichever driver is underneath. */
export async function rowsOf<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
