// Crash test (invariant 3): sends under load, kills the server with SIGKILL several times, restarts
// it on the same embedded database, and proves that every acknowledged message is present exactly
// once, that retried sends never duplicate, and that a live client resumed without a gap.
// Usage: npm run test:crash [-- --kills 5 --senders 8]. Prints JSON; exits 1 on any violation.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: { kills: { type: 'string' }, senders: { type: 'string' }, port: { type: 'string' } },
});
const KILLS = Number(values.kills ?? 5);
const SENDERS = Number(values.senders ?? 8);
const PORT = Number(values.port ?? 18_090);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'astana-2017-demo';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dataDir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
let server: ChildProcess | undefined;

async function start() {
  server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--demo', '--port', String(PORT)],
    {
      env: { ...process.env, PARLEY_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error('server did not start');
}

async function kill() {
  const child = server!;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

async function signIn(email: string) {
  const res = await fetch(`${BASE}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

type Session = Awaited<ReturnType<typeof signIn>>;
const api = (s: Session, path: string, init: RequestInit = {}) =>
  fetch(`${BASE}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...init.headers,
    },
  });

async function caucusOf(s: Session) {
  const processes = (await (await api(s, '/api/processes')).json()) as {
    processes: { rounds: { id: string }[] }[];
  };
  const roundId = processes.processes[0]!.rounds[0]!.id;
  const { channels } = (await (await api(s, `/api/rounds/${roundId}/channels`)).json()) as {
    channels: { id: string; kind: string }[];
  };
  return channels.find((c) => c.kind === 'caucus')!.id;
}

const acked = new Map<string, { id: string; seq: number }>();
const unsure = new Set<string>();
let keyCounter = 0;

async function sender(s: Session, channelId: string, stop: () => boolean) {
  while (!stop()) {
    const key = `crash-${String(++keyCounter).padStart(8, '0')}`;
    try {
      const res = await api(s, `/api/channels/${channelId}/messages`, {
        method: 'POST',
        body: JSON.stringify({ idempotencyKey: key, type: 'information', body: key }),
      });
      if (res.ok) {
        const m = (await res.json()) as { id: string; seq: number };
        acked.set(key, m);
      } else unsure.add(key);
    } catch {
      unsure.add(key); // the connection died with the server: outcome unknown, retried later
      return;
    }
  }
}

/** A live reader that keeps every frame; it reconnects after each restart from the last seq it saw. */
const received: number[] = [];
async function follow(s: Session, channelId: string): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${PORT}/api/live`, { headers: { cookie: s.cookie } });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.on('message', (data) => {
    const f = JSON.parse(data.toString()) as { type: string; message?: { seq: number } };
    if (f.type === 'message') received.push(f.message!.seq);
  });
  ws.on('error', () => undefined);
  ws.send(JSON.stringify({ type: 'subscribe', channelId, afterSeq: received.at(-1) ?? 0 }));
  return ws;
}

const started = performance.now();
let channelId = '';
try {
  for (let round = 0; round < KILLS; round++) {
    await start();
    const writer = await signIn('opposition@parley.test');
    const reader = await signIn('opposition.member@parley.test');
    channelId ||= await caucusOf(writer);
    const ws = await follow(reader, channelId);
    let stopping = false;
    const senders = Array.from({ length: SENDERS }, () =>
      sender(writer, channelId, () => stopping),
    );
    await sleep(400 + Math.random() * 1200);
    await kill();
    stopping = true;
    await Promise.all(senders);
    ws.terminate();
  }
  await start();
  const writer = await signIn('opposition@parley.test');
  const reader = await signIn('opposition.member@parley.test');
  // Retries of every send whose outcome was unknown: the same key must never make a second message.
  for (const key of unsure) {
    const res = await api(writer, `/api/channels/${channelId}/messages`, {
      method: 'POST',
      body: JSON.stringify({ idempotencyKey: key, type: 'information', body: key }),
    });
    if (!res.ok) throw new Error(`retry of ${key} failed: ${res.status}`);
  }
  const all: { id: string; seq: number; body: string }[] = [];
  for (let after = 0; ;) {
    const page = (await (
      await api(reader, `/api/channels/${channelId}/messages?after=${after}&limit=500`)
    ).json()) as { messages: typeof all };
    all.push(...page.messages);
    if (page.messages.length < 500) break;
    after = page.messages.at(-1)!.seq;
  }
  const ws = await follow(reader, channelId);
  for (let i = 0; i < 100 && (received.at(-1) ?? 0) < all.length; i++) await sleep(50);
  ws.terminate();

  const byBody = new Map<string, number>();
  for (const m of all) byBody.set(m.body, (byBody.get(m.body) ?? 0) + 1);
  const missing = [...acked].filter(
    ([key, m]) => !all.some((x) => x.id === m.id && x.body === key),
  ).length;
  const duplicates = [...byBody.values()].filter((n) => n > 1).length;
  const seqGaps = all.filter((m, i) => m.seq !== i + 1).length;
  const liveGaps = received.filter((seq, i) => seq !== i + 1).length;
  const result = {
    bench: 'crash',
    kills: KILLS,
    senders: SENDERS,
    acknowledged: acked.size,
    unknownThenRetried: unsure.size,
    stored: all.length,
    missingAcknowledged: missing,
    duplicates,
    seqGaps,
    liveReceived: received.length,
    liveGapsOrRepeats: liveGaps + Math.max(0, received.length - all.length),
    seconds: Math.round((performance.now() - started) / 1000),
  };
  const ok =
    missing === 0 &&
    duplicates === 0 &&
    seqGaps === 0 &&
    result.liveGapsOrRepeats === 0 &&
    received.length === all.length;
  console.log(JSON.stringify({ ...result, ok }, null, 2));
  process.exitCode = ok ? 0 : 1;
} finally {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}
