import { describe, expect, it } from 'vitest';
import { processRepo } from '../../db/index.ts';
import { processes } from '../../db/schema.ts';
import { testApp, sharedTestApp } from '../testing/harness.ts';
import { anAccount } from '../testing/factories.ts';
import { commit } from './unit-of-work.ts';

const t = sharedTestApp();

describe('the unit of work is the only way to write', () => {
  it('refuses a write on the database handle use cases read with', () => {
    const db = t.ctx.database.db;
    expect(() => db.insert(processes)).toThrow('outside the unit of work');
    expect(() => db.update(processes)).toThrow('outside the unit of work');
    expect(() => db.delete(processes)).toThrow('outside the unit of work');
    expect(() => db.transaction).toThrow('outside the unit of work');
  });

  it('still reads through it', async () => {
    expect(await processRepo.listProcesses(t.ctx.database.db, 'all')).toEqual([]);
  });

  it('forgets cached reads as soon as a commit lands', async () => {
    const cache = t.ctx.kernel.readCache;
    await cache.get('probe', async () => 'cached');
    const clears = cache.clears;
    const operator = await anAccount(t, { isOperator: true });
    await commit(t.ctx, operator.id, null, async (_tx, record) => {
      await record('channel.reopen', { kind: 'channel', id: 'probe' }, {});
    });
    expect(cache.clears).toBeGreaterThan(clears);
    expect(await cache.get('probe', async () => 'read again')).toBe('read again');
  });

  it('gives each context its own caches and message log', async () => {
    const other = await testApp();
    try {
      expect(other.ctx.kernel.readCache).not.toBe(t.ctx.kernel.readCache);
      expect(other.ctx.kernel.messageLog).not.toBe(t.ctx.kernel.messageLog);
    } finally {
      await other.close();
    }
  });
});
