import { describe, expect, it } from 'vitest';
import { sharedTestApp } from '../testing/harness.ts';

const t = sharedTestApp();

describe('API description', () => {
  it('answers health', async () => {
    const res = await t.client().get('/api/health');
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes OpenAPI 3.1 for every API route, from the validating schemas', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const registered = t.app.routeTable
      .filter(
        (r) =>
          r.url.startsWith('/api') &&
          !r.url.startsWith('/api/docs') &&
          r.url !== '/api/openapi.json' &&
          r.url !== '/api/asyncapi.json' &&
          r.url !== '/api/live' &&
          r.method !== 'HEAD',
      )
      .map((r) => `${r.method} ${r.url}`);
    expect(documented.sort()).toEqual(registered.sort());
    const stance =
      doc.paths['/api/agenda/{id}/stance'].put.requestBody.content['application/json'].schema;
    expect(stance.properties.stance.enum).toEqual(['accept', 'reject', 'reserve']);
    expect(stance.additionalProperties).toBe(false);
  });

  it('serves a readable reference page', async () => {
    const res = await t.client().get('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('/api/openapi.json');
  });
});
