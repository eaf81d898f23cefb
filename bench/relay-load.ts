// bench/relay's load and figures: every client's socket subscribed to its channels, messages sent
// at a fixed rate (or back to back), and what the JSON reports of them. Used by bench/relay.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import WebSocket from 'ws';
import { sleep, type Client } from './relay-clients.ts';

/** Sends one message with `token` as its body (and idempotency key) and resolves on its ack. */
export type Send = (channelId: string, token: string, poster: Client) => Promise<void>;

/** How long a run lasts and how many messages a second it sends. */
export interface Pace {
  seconds: number;
  rate: number;
}

export function procStats(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  return {
    rssMiB: Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024),
    cpuSeconds: ticks / 100,
  };
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(2);
};
const summary = (xs: number[]) => ({
  n: xs.length,
  p50: pct(xs, 50),
  p99: pct(xs, 99),
  max: pct(xs, 100),
});

interface Load {
  acks: number[];
  /** When each send started (ms into the run) and how long its ack took: shows stalls in time. */
  slowest: { atMs: number; ackMs: number }[];
  deliveries: number[];
  sent: number;
  acked: number;
  expectedDeliveries: number;
}

/** bench/fsync-probe.ts beside the run, in the filesystem the embedded database writes to. */
function fsyncProbe() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/fsync-probe.ts', tmpdir()], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return {
    stop: () =>
      new Promise<unknown>((resolve) => {
        child.once('exit', () => resolve(JSON.parse(out || 'null')));
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Opens one socket per client and subscribes it to its channels; resolves once every subscription
 * is answered, with how long that took. `onMessage` hears each message's token as it arrives.
 */
async function connect(base: string, clients: Client[], onMessage: (token: string) => void) {
  const wsBase = base.replace('http', 'ws');
  const subscriptions = clients.reduce((n, c) => n + c.channels.length, 0);
  let subscribed = 0;
  let allSubscribed: () => void = () => {};
  const everyoneSubscribed = new Promise<void>((resolve) => (allSubscribed = resolve));
  const connecting = performance.now();
  const sockets = await Promise.all(
    clients.map(
      (c) =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(`${wsBase}/api/live`, { headers: { cookie: c.cookie } });
          ws.on('open', () => {
            for (const ch of c.channels)
              ws.send(
                JSON.stringify({ type: 'subscribe', channelId: ch.id, afterSeq: ch.lastSeq }),
              );
            resolve(ws);
          });
          ws.on('error', reject);
          ws.on('message', (data) => {
            const f = JSON.parse(data.toString()) as {
              type: string;
              message?: { body?: string; id: string };
            };
            if (f.type === 'subscribed' && ++subscribed === subscriptions) allSubscribed();
            if (f.type !== 'message') return;
            onMessage(f.message!.body ?? f.message!.id);
          });
        }),
    ),
  );
  // Measured from a settled start: every subscription answered (the connection storm is timed apart).
  await everyoneSubscribed;
  return { sockets, subscribeAllMs: Math.round(performance.now() - connecting) };
}

/** RATE messages a second for SECONDS, round-robin over `targets`; resolves once all are settled. */
async function sendAtRate(
  targets: (readonly [string, Client])[],
  send: Send,
  {
    load,
    sentAt,
    audience,
  }: { load: Load; sentAt: Map<string, number>; audience: Map<string, number> },
  pace: Pace,
) {
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; performance.now() - started < pace.seconds * 1000; i++) {
    const [channelId, poster] = targets[i % targets.length]!;
    const token = `bench-${i}-${Math.random().toString(36).slice(2, 10)}`;
    const t0 = performance.now();
    sentAt.set(token, t0);
    load.sent++;
    load.expectedDeliveries += audience.get(channelId) ?? 0;
    inflight.push(
      send(channelId, token, poster).then(() => {
        load.acks.push(performance.now() - t0);
        load.slowest.push({
          atMs: Math.round(t0 - started),
          ackMs: +(performance.now() - t0).toFixed(1),
        });
        load.acked++;
      }),
    );
    const next = started + ((i + 1) * 1000) / pace.rate;
    await sleep(Math.max(0, next - performance.now()));
  }
  await Promise.allSettled(inflight);
  return started;
}

/** Opens one socket per client, subscribes it to its channels, then sends RATE messages a second. */
export async function drive(
  base: string,
  clients: Client[],
  send: Send,
  serverPid: number,
  pace: Pace,
): Promise<
  Load & {
    subscribeAllMs: number;
    diskFsyncMs: unknown;
    clientCpuPercent: number;
    server: { before: ReturnType<typeof procStats>; after: ReturnType<typeof procStats> };
  }
> {
  const sentAt = new Map<string, number>();
  const load: Load = {
    acks: [],
    slowest: [],
    deliveries: [],
    sent: 0,
    acked: 0,
    expectedDeliveries: 0,
  };
  const audience = new Map<string, number>();
  for (const c of clients)
    for (const ch of c.channels) audience.set(ch.id, (audience.get(ch.id) ?? 0) + 1);
  const { sockets, subscribeAllMs } = await connect(base, clients, (token) => {
    const t0 = sentAt.get(token);
    if (t0 !== undefined) load.deliveries.push(performance.now() - t0);
  });
  await sleep(500);
  // Every channel a client can post in, round-robin: plenary, caucuses, lines, the mediators' channel.
  const targets = [
    ...new Map(
      clients.flatMap((c) =>
        c.channels.filter((ch) => ch.canPost).map((ch) => [ch.id, c] as const),
      ),
    ).entries(),
  ];
  const before = procStats(serverPid);
  const probe = fsyncProbe();
  const clientCpuBefore = process.cpuUsage();
  const started = await sendAtRate(targets, send, { load, sentAt, audience }, pace);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  // This process's own share of a core while it sent and received: near 100 %, it would be the
  // bottleneck and its queueing would show in every figure.
  const clientCpuPercent = Math.round(
    ((clientCpu.user + clientCpu.system) / 1000 / (performance.now() - started)) * 100,
  );
  const diskFsyncMs = await probe.stop();
  await sleep(2000);
  const after = procStats(serverPid);
  for (const ws of sockets) ws.terminate();
  return { ...load, subscribeAllMs, diskFsyncMs, clientCpuPercent, server: { before, after } };
}

/** `senders` senders, each sending its next message as soon as the last is acknowledged. */
export async function saturate(clients: Client[], send: Send, senders: number, seconds: number) {
  const targets = clients.flatMap((c) =>
    c.channels.filter((ch) => ch.canPost).map((ch) => ({ channelId: ch.id, poster: c })),
  );
  const acks: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const sender = async () => {
    while (performance.now() - started < seconds * 1000) {
      const { channelId, poster } = targets[next++ % targets.length]!;
      const t0 = performance.now();
      try {
        await send(
          channelId,
          `saturate-${next}-${Math.random().toString(36).slice(2, 10)}`,
          poster,
        );
        acks.push(performance.now() - t0);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: senders }, sender));
  const elapsed = (performance.now() - started) / 1000;
  return {
    senders,
    acknowledged: acks.length,
    failed,
    acknowledgedPerSecond: Math.round(acks.length / elapsed),
    sendToAckMs: summary(acks),
  };
}

/** One run's figures as the JSON reports them. */
export function report(label: string, load: Awaited<ReturnType<typeof drive>>, seconds: number) {
  return {
    label,
    sent: load.sent,
    acked: load.acked,
    sendToAckMs: summary(load.acks),
    sendToDeliveryMs: summary(load.deliveries),
    subscriptionsAnsweredAfterMs: load.subscribeAllMs,
    deliveries: load.deliveries.length,
    slowestSends: load.slowest.sort((a, b) => b.ackMs - a.ackMs).slice(0, 5),
    expectedDeliveries: load.expectedDeliveries,
    throughputPerSecond: +(load.acked / seconds).toFixed(1),
    serverRssMiB: load.server.after.rssMiB,
    // The floor under any durable commit in this run: the disk's fsync latency meanwhile.
    diskFsyncMs: load.diskFsyncMs,
    benchClientCpuPercent: load.clientCpuPercent,
    serverCpuPercent: Math.round(
      ((load.server.after.cpuSeconds - load.server.before.cpuSeconds) / (seconds + 2)) * 100,
    ),
  };
}
