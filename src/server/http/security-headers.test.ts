import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/harness.ts';
import { bodyFor, routesOf, routeWalkWorld } from '../testing/route-walk.ts';

let t: TestApp;
let walk: Awaited<ReturnType<typeof routeWalkWorld>>;
beforeAll(async () => {
  t = await testApp();
  walk = await routeWalkWorld(t);
}, 120_000);
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

describe('answers that depend on who asks', () => {
  it('are never stored by a cache, and say they vary by cookie, on every API route', async () => {
    const reference = (url: string) =>
      ['/api/openapi.json', '/api/asyncapi.json'].includes(url) || url.startsWith('/api/docs');
    const routes = routesOf(t).filter((r) => r.url.startsWith('/api') && !reference(r.url));
    expect(routes.length).toBeGreaterThan(40);
    for (const r of routes) {
      for (const client of [walk.head, t.client()]) {
        const res = await client.request(r.method as never, walk.fill(r.url), bodyFor(r));
        const where = `${r.method} ${r.url} (${res.statusCode})`;
        expect(res.headers['cache-control'], where).toBe('no-store');
        expect(String(res.headers.vary), where).toMatch(/\bCookie\b/i);
      }
      // Sign-out and session routes may end the head's session; sign in again for the next.
      await walk.head.signIn(walk.world.people.a!.head.email);
    }
  });

  it('include a file download and an unknown API route', async () => {
    for (const url of [`/api/attachments/${walk.ids.attachments}`, '/api/no-such-route']) {
      const res = await walk.head.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(String(res.headers.vary), url).toMatch(/\bCookie\b/i);
    }
  });
});
