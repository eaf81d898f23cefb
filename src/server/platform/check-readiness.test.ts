import { describe, expect, it } from 'vitest';
import type { AppContext } from '../kernel/context.ts';
import { checkReadiness } from './check-readiness.ts';

describe('checkReadiness', () => {
  it('is not ready when the database does not answer', async () => {
    const down = {
      database: { db: { execute: () => Promise.reject(new Error('connection refused')) } },
    } as unknown as AppContext;
    expect(await checkReadiness(down)).toEqual({ ready: false, problem: 'database_unreachable' });
  });

  it('is not ready while a shipped migration is not applied', async () => {
    const behind = {
      database: { db: { execute: () => Promise.resolve({ rows: [{ n: 1 }] }) } },
    } as unknown as AppContext;
    expect(await checkReadiness(behind)).toEqual({ ready: false, problem: 'migrations_pending' });
  });
});
