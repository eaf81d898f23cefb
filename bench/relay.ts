// bench/relay: N WebSocket clients seated in the Astana round (a separate process from the server)
// while M messages a second go out across channel kinds. Prints JSON: send→ack and send→delivery
// p50/p99/max over every audience member, throughput, server RSS and CPU — for Parley on the
// embedded database and (with --postgres) on PostgreSQL, side by side with a baseline that
// broadcasts the same rooms over plain WebSocket with no persistence.
// Usage: npm run bench:relay -- [--clients 500] [--rate 50] [--seconds 20] [--postgres] [--idle 2000]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import WebSocket from 'ws';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/server/demo/accounts.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string' },
    rate: { type: 'string' },
    seconds: { type: 'string' },
    postgres: { type: 'boolean' },
    idle: { type: 'string' },
    // Then this many senders send back to back for SECONDS, no sockets open: acknowledged sends a second.
    saturate: { type: 'string' },
    // Also runs the embedded database acknowledging before the WAL reaches the disk.
    'process-crash': { type: 'boolean' },
    // Writes a V8 CPU profile of the Parley server to this folder (for finding where a send goes).
    profile: { type: 'string' },
  },
});
const CLIENTS = Number(values.clients ?? 500);
const RATE = Number(values.rate ?? 50);
const SECONDS = Number(values.seconds ?? 20);
const IDLE = Number(values.idle ?? 0);
const SATURATE = Number(values.saturate ?? 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Client {
  cookie: string;
  csrf: string;
  channels: { id: string; canPost: boolean; lastSeq: number }[];
}

function procStats(pid: number) {
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

async function waitHealthy(base: string, child: ChildProcess) {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await sleep(100);
  }
  throw new Error('server did not start');
}

async function json(res: Response) {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

async function signIn(base: string, email: string, password = DEMO_PASSWORD) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const me = (await json(res)) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: me.csrfToken };
}

const call = (
  base: string,
  s: { cookie: string; csrf: string },
  path: string,
  body?: unknown,
  method = body ? 'POST' : 'GET',
) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
    ...(body ? { body: JSON.stringify(body) } : {}),
  }).then(json);

/** Seats CLIENTS members across the demo's delegations through their heads' invite links. */
async function seatClients(base: string): Promise<{ clients: Client[]; roundId: string }> {
  const heads = DEMO_ACCOUNTS.filter((a) => a.actor && !a.email.startsWith('other-groups'));
  const sessions = await Promise.all(heads.map((h) => signIn(base, h.email)));
  const { processes } = (await call(base, sessions[0]!, '/api/processes')) as {
    processes: { rounds: { id: string }[] }[];
  };
  const roundId = processes[0]!.rounds[0]!.id;
  const round = (await call(base, sessions[0]!, `/api/rounds/${roundId}`)) as {
    participants: { id: string; actor: { name: string } }[];
  };
  const headOf = await Promise.all(
    sessions.map(
      async (s) =>
        ((await call(base, s, `/api/rounds/${roundId}`)) as { viewer: { headOf: string[] } }).viewer
          .headOf[0]!,
    ),
  );
  void round;
  const clients: Client[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const k = i % sessions.length;
    const link = (await call(base, sessions[k]!, `/api/participants/${headOf[k]}/member-invites`, {
      email: `bench-${i}@parley.test`,
      displayName: `Bench member ${i}`,
      role: 'member',
    })) as { token: string };
    const res = await fetch(`${base}/api/member-invites/${link.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: `Bench member ${i}`, password: 'bench-password-1' }),
    });
    const me = (await json(res)) as { csrfToken: string };
    clients.push({
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
      csrf: me.csrfToken,
      channels: [],
    });
  }
  for (const c of clients) {
    c.channels = (
      (await call(base, c, `/api/rounds/${roundId}/channels`)) as { channels: Client['channels'] }
    ).channels;
  }
  return { clients, roundId };
}

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

/** Opens one socket per client, subscribes it to its channels, then sends RATE messages a second. */
async function drive(
  base: string,
  clients: Client[],
  send: (channelId: string, token: string, poster: Client) => Promise<void>,
  serverPid: number,
): Promise<
  Load & {
    subscribeAllMs: number;
    diskFsyncMs: unknown;
    clientCpuPercent: number;
    server: { before: ReturnType<typeof procStats>; after: ReturnType<typeof procStats> };
  }
> {
  const wsBase = base.replace('http', 'ws');
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
            const token = f.message!.body ?? f.message!.id;
            const t0 = sentAt.get(token);
            if (t0 !== undefined) load.deliveries.push(performance.now() - t0);
          });
        }),
    ),
  );
  for (const c of clients)
    for (const ch of c.channels) audience.set(ch.id, (audience.get(ch.id) ?? 0) + 1);
  // Measured from a settled start: every subscription answered (the connection storm is timed apart).
  await everyoneSubscribed;
  const subscribeAllMs = Math.round(performance.now() - connecting);
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
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; performance.now() - started < SECONDS * 1000; i++) {
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
    const next = started + ((i + 1) * 1000) / RATE;
    await sleep(Math.max(0, next - performance.now()));
  }
  await Promise.allSettled(inflight);
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

/** SATURATE senders, each sending its next message as soon as the last is acknowledged. */
async function saturate(
  clients: Client[],
  send: (channelId: string, token: string, poster: Client) => Promise<void>,
) {
  const targets = clients.flatMap((c) =>
    c.channels.filter((ch) => ch.canPost).map((ch) => ({ channelId: ch.id, poster: c })),
  );
  const acks: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const sender = async () => {
    while (performance.now() - started < SECONDS * 1000) {
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
  await Promise.all(Array.from({ length: SATURATE }, sender));
  const seconds = (performance.now() - started) / 1000;
  return {
    senders: SATURATE,
    acknowledged: acks.length,
    failed,
    acknowledgedPerSecond: Math.round(acks.length / seconds),
    sendToAckMs: summary(acks),
  };
}

function report(label: string, load: Awaited<ReturnType<typeof drive>>) {
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
    throughputPerSecond: +(load.acked / SECONDS).toFixed(1),
    serverRssMiB: load.server.after.rssMiB,
    // The floor under any durable commit in this run: the disk's fsync latency meanwhile.
    diskFsyncMs: load.diskFsyncMs,
    benchClientCpuPercent: load.clientCpuPercent,
    serverCpuPercent: Math.round(
      ((load.server.after.cpuSeconds - load.server.before.cpuSeconds) / (SECONDS + 2)) * 100,
    ),
  };
}

async function runParley(label: string, env: Record<string, string>, port: number) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
      '--import',
      'tsx',
      'src/cli/main.ts',
      'serve',
      '--demo',
      '--port',
      String(port),
    ],
    {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    },
  );
  try {
    await waitHealthy(base, server);
    const { clients } = await seatClients(base);
    const load = await drive(
      base,
      clients,
      async (channelId, token, poster) => {
        await call(base, poster, `/api/channels/${channelId}/messages`, {
          idempotencyKey: token,
          type: 'information',
          body: token,
        });
      },
      server.pid!,
    );
    const saturated =
      SATURATE > 0
        ? await saturate(clients, async (channelId, token, poster) => {
            await call(base, poster, `/api/channels/${channelId}/messages`, {
              idempotencyKey: token,
              type: 'information',
              body: token,
            });
          })
        : undefined;
    let idle: object | undefined;
    if (IDLE > 0) {
      const sockets: WebSocket[] = [];
      for (let i = 0; i < IDLE; i++) {
        const c = clients[i % clients.length]!;
        sockets.push(
          await new Promise<WebSocket>((resolve, reject) => {
            const ws = new WebSocket(`${base.replace('http', 'ws')}/api/live`, {
              headers: { cookie: c.cookie },
            });
            ws.on('open', () => {
              ws.send(
                JSON.stringify({
                  type: 'subscribe',
                  channelId: c.channels[0]!.id,
                  afterSeq: c.channels[0]!.lastSeq,
                }),
              );
              resolve(ws);
            });
            ws.on('error', reject);
          }),
        );
      }
      await sleep(3000);
      idle = { sockets: IDLE, serverRssMiB: procStats(server.pid!).rssMiB };
      for (const ws of sockets) ws.terminate();
    }
    return {
      ...report(label, load),
      clients: clients.length,
      ...(saturated ? { saturated } : {}),
      ...(idle ? { idle } : {}),
      topology: { clients },
    };
  } finally {
    server.kill('SIGTERM');
  }
}

async function runBaseline(topology: Client[], port: number) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'bench/relay-baseline-server.ts'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`${base}/`, { method: 'POST', body: '{"room":"x","id":"x"}' });
        break;
      } catch {
        await sleep(100);
      }
    }
    const send = async (room: string, token: string) => {
      const res = await fetch(`${base}/send`, {
        method: 'POST',
        body: JSON.stringify({ room, id: token }),
      });
      await res.arrayBuffer();
    };
    const load = await drive(base, topology, send, server.pid!);
    const saturated = SATURATE > 0 ? await saturate(topology, send) : undefined;
    return {
      ...report('baseline: plain WebSocket broadcast, no persistence', load),
      ...(saturated ? { saturated } : {}),
    };
  } finally {
    server.kill('SIGTERM');
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'parley-relay-'));
const results: object[] = [];
try {
  const embedded = await runParley(
    'parley: embedded PGlite',
    { PARLEY_DATA_DIR: dataDir, DATABASE_URL: '' },
    18_181,
  );
  const { topology, ...embeddedResult } = embedded;
  results.push(await runBaseline(topology.clients, 18_182), embeddedResult);
  if (values['process-crash']) {
    const relaxedDir = mkdtempSync(join(tmpdir(), 'parley-relay-'));
    try {
      const { topology: _t, ...relaxed } = await runParley(
        'parley: embedded PGlite, PARLEY_DURABILITY=process-crash (no WAL sync before the ack)',
        { PARLEY_DATA_DIR: relaxedDir, DATABASE_URL: '', PARLEY_DURABILITY: 'process-crash' },
        18_184,
      );
      results.push(relaxed);
    } finally {
      rmSync(relaxedDir, { recursive: true, force: true });
    }
  }
  if (values.postgres) {
    const adminUrl = process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    const name = `parley_bench_${Date.now()}`;
    await admin.unsafe(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const { topology: _t, ...pg } = await runParley(
        'parley: PostgreSQL',
        { DATABASE_URL: url.toString() },
        18_183,
      );
      results.push(pg);
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const baselineP99 = (results[0] as { sendToDeliveryMs: { p99: number } }).sendToDeliveryMs.p99;
  console.log(
    JSON.stringify(
      {
        bench: 'relay',
        clients: CLIENTS,
        ratePerSecond: RATE,
        seconds: SECONDS,
        results,
        deliveryP99VersusBaseline: results
          .slice(1)
          .map(
            (r) =>
              +(
                (r as { sendToDeliveryMs: { p99: number } }).sendToDeliveryMs.p99 / baselineP99
              ).toFixed(1),
          ),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
