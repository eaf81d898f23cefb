// bench/relay: N WebSocket clients seated in the Astana round (a separate process from the server)
// while M messages a second go out across channel kinds. Prints JSON: send→ack and send→delivery
// p50/p99/max over every audience member, throughput, server RSS and CPU — for Parley on the
// embedded database and (with --postgres) on PostgreSQL, side by side with a baseline that
// broadcasts the same rooms over plain WebSocket with no persistence.
// Usage: npm run bench:relay -- [--clients 500] [--rate 50] [--seconds 20] [--postgres] [--idle 2000]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import WebSocket from 'ws';
import { call, seatClients, sleep, waitHealthy, type Client } from './relay-clients.ts';
import { drive, procStats, report, saturate, type Send } from './relay-load.ts';

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
const PACE = { seconds: SECONDS, rate: RATE };

/** Opens IDLE more sockets, each subscribed to one channel, and reports the server's memory. */
async function idleSockets(base: string, clients: Client[], serverPid: number) {
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
  const idle = { sockets: IDLE, serverRssMiB: procStats(serverPid).rssMiB };
  for (const ws of sockets) ws.terminate();
  return idle;
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
    const { clients } = await seatClients(base, CLIENTS);
    const send: Send = async (channelId, token, poster) => {
      await call(base, poster, `/api/channels/${channelId}/messages`, {
        idempotencyKey: token,
        type: 'information',
        body: token,
      });
    };
    const load = await drive(base, clients, send, server.pid!, PACE);
    const saturated = SATURATE > 0 ? await saturate(clients, send, SATURATE, SECONDS) : undefined;
    const idle = IDLE > 0 ? await idleSockets(base, clients, server.pid!) : undefined;
    return {
      ...report(label, load, SECONDS),
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
    const load = await drive(base, topology, send, server.pid!, PACE);
    const saturated = SATURATE > 0 ? await saturate(topology, send, SATURATE, SECONDS) : undefined;
    return {
      ...report('baseline: plain WebSocket broadcast, no persistence', load, SECONDS),
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
