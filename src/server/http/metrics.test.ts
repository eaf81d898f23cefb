import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sharedTestApp } from '../testing/harness.ts';
import { liveClient } from '../testing/live-client.ts';
import { talksWorld } from '../testing/talks-world.ts';
import { startParley } from './app.ts';
import { Metrics } from './metrics.ts';

const metrics = new Metrics();
const t = sharedTestApp({}, { metrics });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The value of one sample in the text format, by its name and labels as written. */
const sample = (text: string, series: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
};

describe('the metrics of an instance', () => {
  it('count requests by route pattern, never naming a round, channel or person', async () => {
    const w = await talksWorld(t);
    const caucus = await w.caucus('gov');
    const sent = await w.post(w.c.gov, caucus, 'The caucus meets at noon.');
    expect(sent.statusCode).toBe(200);
    expect((await w.c.gov.get(`/api/channels/${caucus}/messages`)).statusCode).toBe(200);
    const text = await metrics.text();

    const series = 'parley_http_requests_total{method="POST",route="/api/channels/:id/messages"';
    expect(sample(text, `${series},status_class="2xx"}`)).toBe(1);
    expect(text).toMatch(/parley_http_request_duration_seconds_count\{method="GET",route="\/api\//);
    expect(text).not.toContain(caucus);
    expect(text).not.toContain(w.roundId);
    expect(text).not.toMatch(UUID);
    expect(text).not.toContain(w.people.gov!.head.email);
    expect(text).not.toContain('noon');
  });

  it('count an unmatched request as one route, whatever its URL names', async () => {
    const id = randomUUID();
    const before = await metrics.text();
    const res = await t.client().get(`/api/nothing-here/${id}?q=${id}`);
    expect(res.statusCode).toBe(404);
    const text = await metrics.text();
    const series = 'parley_http_requests_total{method="GET",route="unmatched",status_class="4xx"}';
    expect(sample(text, series)).toBe(sample(before, series) + 1);
    expect(text).not.toContain(id);
  });

  it('time every committed write, messages and other changes alike', async () => {
    const count = 'parley_commit_duration_seconds_count';
    const w = await talksWorld(t);
    const before = sample(await metrics.text(), count);
    await w.post(w.c.un, w.plenary, 'Welcome to Astana.');
    const afterMessage = sample(await metrics.text(), count);
    expect(afterMessage).toBeGreaterThan(before);
    const poll = await w.c.gov.post(`/api/channels/${await w.caucus('gov')}/polls`, {
      question: 'Attend?',
      options: ['yes', 'no'],
    });
    expect(poll.statusCode).toBe(200);
    const text = await metrics.text();
    expect(sample(text, count)).toBeGreaterThan(afterMessage);
    expect(sample(text, 'parley_commit_duration_seconds_sum')).toBeGreaterThan(0);
  });

  it('read the live sockets from the hub at each scrape', async () => {
    const w = await talksWorld(t);
    const before = sample(await metrics.text(), 'parley_live_sockets');
    const live = await liveClient(t, w.c.gov);
    await live.until(() => t.app.live.size > before);
    expect(sample(await metrics.text(), 'parley_live_sockets')).toBe(before + 1);
    live.close();
  });

  it('have no backup time until a backup succeeded', async () => {
    const own = new Metrics({ processMetrics: false });
    const gauge = 'parley_backup_last_success_timestamp_seconds';
    expect((await own.text()).split('\n')).not.toContainEqual(expect.stringMatching(`^${gauge} `));
    own.backupSucceeded(new Date('2017-01-24T18:00:00Z'));
    expect(sample(await own.text(), gauge)).toBe(Date.parse('2017-01-24T18:00:00Z') / 1000);
  });

  it('are not served by the app: /metrics answers as any unknown path does', async () => {
    expect(t.app.routeTable.filter((r) => r.url.includes('metrics'))).toEqual([]);
    const answer = async (url: string) => {
      const res = await t.client().get(url);
      return { status: res.statusCode, code: res.json().error.code };
    };
    const unknown = await answer('/no-such-page');
    expect(unknown).toEqual({ status: 404, code: 'not_found' });
    expect(await answer('/metrics')).toEqual(unknown);
    expect(await answer('/api/metrics')).toEqual(unknown);
  });
});

describe('the metrics port', () => {
  it('serves the text format apart from the app, and closes with it', async () => {
    const server = await startParley({ port: 0, metricsPort: 0, dataDir: undefined });
    try {
      expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      const res = await fetch(server.metricsUrl!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      expect(
        sample(
          text,
          'parley_http_requests_total{method="GET",route="/api/health",status_class="2xx"}',
        ),
      ).toBe(1);
      expect(text).toContain('process_cpu_seconds_total');
      expect((await fetch(server.metricsUrl!.replace('/metrics', '/other'))).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(server.metricsUrl!)).rejects.toThrow();
  });
});
