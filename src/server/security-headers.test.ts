import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const scriptSrc = (csp: unknown) =>
  String(csp)
    .split(';')
    .find((d) => d.trim().startsWith('script-src'))
    ?.trim();

describe('security headers', () => {
  it('go on every answer: API, errors and unknown routes alike', async () => {
    for (const url of ['/api/health', '/api/me', '/api/no-such-route']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(scriptSrc(res.headers['content-security-policy']), url).toBe("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('relax the script policy for the API reference page only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(scriptSrc(res.headers['content-security-policy'])).toBe(
      "script-src 'self' 'unsafe-inline'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
