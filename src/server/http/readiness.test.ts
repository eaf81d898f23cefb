import { describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.ts';

describe('the readiness probe', () => {
  it('is ready once the database holds every shipped migration', async () => {
    const t = await testApp();
    try {
      const res = await t.client().get('/api/ready');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ready', migrations: expect.any(Number) });
      expect(res.json().migrations).toBeGreaterThanOrEqual(12);
    } finally {
      await t.close();
    }
  });
});
