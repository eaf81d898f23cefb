import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { App } from './route-types.ts';

/** What a request that matched no route is counted under: its URL could name anything. */
export const UNMATCHED = 'unmatched';

const LAST_BACKUP = 'parley_backup_last_success_timestamp_seconds';

/**
 * The operator's view of one instance, in Prometheus' text format. Labels are bounded on purpose:
 * a route is counted by its pattern, never its URL, so no id of a round, channel or person ever
 * becomes a label, and nothing is counted per channel (a caucus's traffic would tell when it
 * meets). Each instance has a registry of its own, so two apps in one process never clash.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status_class'>;
  private readonly latencies: Histogram<'method' | 'route'>;
  private readonly commits: Histogram;
  private readonly lastBackup: Gauge;
  private sockets: () => number = () => 0;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'parley_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status class.',
      labelNames: ['method', 'route', 'status_class'],
      registers,
    });
    this.latencies = new Histogram({
      name: 'parley_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern.',
      labelNames: ['method', 'route'],
      registers,
    });
    this.commits = new Histogram({
      name: 'parley_commit_duration_seconds',
      help: 'Time a committed write transaction took, from its start to its commit.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    const liveSockets: Gauge = new Gauge({
      name: 'parley_live_sockets',
      help: 'Live WebSocket connections open on this instance.',
      registers,
      // Read at each scrape: the hub already knows its sockets, no count to keep in step.
      collect: () => liveSockets.set(this.sockets()),
    });
    this.lastBackup = new Gauge({
      name: LAST_BACKUP,
      help: 'When the last backup succeeded, in seconds since the epoch (absent until one has).',
      // Registered by the first success: a gauge without labels would read 0 until then.
      registers: [],
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one answer. `route` is the matched route's pattern, or undefined when none matched. */
  answered(method: string, route: string | undefined, status: number, seconds: number): void {
    const pattern = route ?? UNMATCHED;
    this.requests.inc({ method, route: pattern, status_class: `${Math.floor(status / 100)}xx` });
    this.latencies.observe({ method, route: pattern }, seconds);
  }

  committed(seconds: number): void {
    this.commits.observe(seconds);
  }

  backupSucceeded(at: Date): void {
    if (!this.registry.getSingleMetric(LAST_BACKUP)) {
      this.registry.registerMetric(this.lastBackup);
    }
    this.lastBackup.set(at.getTime() / 1000);
  }

  /** Where the live socket count is read from, at each scrape. */
  countSockets(source: () => number): void {
    this.sockets = source;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Counts every answer of the main app under its route pattern. */
export function instrument(app: App, metrics: Metrics): void {
  app.addHook('onResponse', async (req, reply) => {
    metrics.answered(req.method, req.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
  });
}

interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * GET /metrics on a port of its own, apart from the app: the operator's scraper reaches it on an
 * internal interface, and nothing of it is ever answered on the port the participants use.
 */
export async function serveMetrics(
  metrics: Metrics,
  options: { port: number; host: string },
): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    metrics.text().then(
      (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics failed\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // A scraper keeps its connection open between scrapes; closing must not wait for it.
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
