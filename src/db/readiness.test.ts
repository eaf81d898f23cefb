import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from './connection.ts';
import { migrationState } from './readiness.ts';

describe('migrationState', () => {
  it('counts the shipped migrations and the applied ones', async () => {
    const database = await openTestDatabase();
    try {
      const fresh = await migrationState(database.db);
      expect(fresh.applied).toBe(fresh.shipped);
      expect(fresh.shipped).toBeGreaterThanOrEqual(12);
      await database.db.execute(
        sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
      );
      expect(await migrationState(database.db)).toEqual({
        shipped: fresh.shipped,
        applied: fresh.shipped - 1,
      });
    } finally {
      await database.close();
    }
  });
});
