// bench/backup: backup and restore of a generated database (the Astana demo, then BENCH_MESSAGES
// messages and BENCH_FILES files of BENCH_FILE_BYTES random bytes) on a file-backed embedded
// database, against a plain copy of the same bytes (`tar -cf` of its data directory) in the same
// run; then a running server's delivery latency before and during a backup taken through its
// control socket, as `parley backup` takes one. With DATABASE_URL set, the same on PostgreSQL.
// Prints JSON. MB are 10^6 bytes.
// Usage: npm run bench:backup  [env BENCH_MESSAGES=100000 BENCH_FILES=1000 BENCH_FILE_BYTES=100000
//        BENCH_SECONDS=10 (delivery measured before the backup) BENCH_RATE=50 (messages a second)]
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { openPglite, openPostgres, type Database } from '../src/db/index.ts';
import { packDirectory } from '../src/db/backups/pack.ts';
import { fillWithTalks } from '../src/db/testing/bulk-talks.ts';
import {
  backupFromRunningServer,
  backupToFile,
  checkBackupFile,
  controlSocketPath,
  restoreFromFile,
  streamToFile,
} from '../src/server/backups/index.ts';
import { DEMO_PASSWORD } from '../src/server/demo/accounts.ts';
import { loadDemoIfEmpty } from '../src/server/demo/astana.ts';
import { systemPorts } from '../src/server/http/app.ts';
import { createContext, defaultConfig } from '../src/server/kernel/context.ts';
import WebSocket from 'ws';
import { call, sleep } from './relay-clients.ts';

const SIZE = {
  messages: Number(process.env.BENCH_MESSAGES ?? 100_000),
  files: Number(process.env.BENCH_FILES ?? 1_000),
  fileBytes: Number(process.env.BENCH_FILE_BYTES ?? 100_000),
};
const PACE = {
  beforeSeconds: Number(process.env.BENCH_SECONDS ?? 10),
  rate: Number(process.env.BENCH_RATE ?? 50),
};

/** A `parley` command in a process of its own, as an operator runs it. */
const parley = (args: string[], env: object, stdout: 'pipe' | 'ignore' = 'ignore') =>
  spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'inherit'],
  });
const exitOf = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));
const seconds = (since: number) => +((performance.now() - since) / 1000).toFixed(2);
const mbPerSecond = (bytes: number, s: number) => +(bytes / 1e6 / s).toFixed(1);
// Other work on the machine delays the server too: the load averages say how much there was.
const loadAverage = () => loadavg().map((l) => +l.toFixed(2));

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  return [await work(), seconds(started)];
}

/** Bytes under `dir`, as a copy of it would carry them. */
function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** The baseline: a plain copy of the database's bytes, no parsing, no compression. */
async function tarOf(parent: string, name: string, out: string) {
  const [, s] = await timed(() => promisify(execFile)('tar', ['-cf', out, '-C', parent, name]));
  const bytes = statSync(out).size;
  rmSync(out);
  return { seconds: s, bytes, mbPerSecond: mbPerSecond(bytes, s) };
}

async function generate(database: Database) {
  const ctx = createContext({ database, ports: systemPorts(), config: defaultConfig });
  const started = performance.now();
  await loadDemoIfEmpty(ctx);
  await fillWithTalks(database, SIZE);
  return seconds(started);
}

/** Backup to a file, read back as `parley backup` does, then restored into an empty database. */
async function backupAndRestore(
  source: Database,
  file: string,
  openTarget: () => Promise<Database>,
  databaseBytes: number,
  tarSeconds: number,
) {
  const against = (s: number) => ({
    seconds: s,
    mbPerSecondOfDatabase: mbPerSecond(databaseBytes, s),
    timeVersusTar: +(s / tarSeconds).toFixed(1),
  });
  const [summary, backupSeconds] = await timed(() => backupToFile(source, file));
  const [, readBackSeconds] = await timed(() => checkBackupFile(file));
  const [target, openSeconds] = await timed(openTarget);
  const [, restoreSeconds] = await timed(() => restoreFromFile(target, file)).finally(() =>
    target.close(),
  );
  const { messages, attachments: files } = summary.rows;
  return {
    backup: { ...against(backupSeconds), fileBytes: statSync(file).size, readBackSeconds },
    rowsInBackup: { messages, files },
    restore: { ...against(restoreSeconds), emptyDatabaseOpenedAndMigratedSeconds: openSeconds },
  };
}

// Each sender posts in a channel where exactly one listener hears it: one delivery per message.
const SEATS: [sender: string, listener: string, kind: string][] = [
  ['government@parley.test', 'government.member@parley.test', 'caucus'],
  ['opposition@parley.test', 'opposition.member@parley.test', 'caucus'],
  ['mediator@parley.test', 'russia@parley.test', 'mediators'],
];

type Seat = { cookie: string; csrf: string; channel: { id: string; lastSeq: number } };

async function seat(base: string, email: string, kind: string): Promise<Seat> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email}: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const session = { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: csrfToken };
  const get = <T>(path: string) => call(base, session, path) as Promise<T>;
  const { processes } = await get<{ processes: { rounds: { id: string }[] }[] }>('/api/processes');
  const { channels } = await get<{ channels: (Seat['channel'] & { kind: string })[] }>(
    `/api/rounds/${processes[0]!.rounds[0]!.id}/channels`,
  );
  return { ...session, channel: channels.find((c) => c.kind === kind)! };
}

/** A socket subscribed to the seat's channel; resolves once the subscription is answered. */
function listen(base: string, s: Seat, onToken: (token: string) => void): Promise<WebSocket> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/live`, {
    headers: { cookie: s.cookie },
  });
  const subscribe = { type: 'subscribe', channelId: s.channel.id, afterSeq: s.channel.lastSeq };
  ws.on('open', () => ws.send(JSON.stringify(subscribe)));
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (data) => {
      const f = JSON.parse(data.toString()) as { type: string; message?: { body: string } };
      if (f.type === 'subscribed') resolve(ws);
      if (f.type === 'message') onToken(f.message!.body);
    });
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1) : null;
};
const latencies = (xs: number[]) => ({
  n: xs.length,
  p50: pct(xs, 50),
  p99: pct(xs, 99),
  max: pct(xs, 100),
});

type Phase = 'warmup' | 'before' | 'during' | 'after';
const PHASES = ['before', 'during', 'after'] as const;
type Figures = { sent: number; failed: number; acks: number[]; deliveries: number[] };

function memoryMiB(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** RATE messages a second, round-robin over the senders, without waiting for the last answer. */
function sendSteadily(base: string, senders: Seat[], figures: Record<string, Figures>) {
  const sentAt = new Map<string, { t0: number; phase: Phase }>();
  let phase: Phase = 'warmup';
  let running = true;
  const send = async (i: number) => {
    const s = senders[i % senders.length]!;
    const token = `backup-bench-${i}`;
    const sent = { t0: performance.now(), phase };
    sentAt.set(token, sent);
    const counted = figures[sent.phase];
    if (counted) counted.sent++;
    try {
      const body = { idempotencyKey: token, type: 'information', body: token };
      await call(base, s, `/api/channels/${s.channel.id}/messages`, body);
      counted?.acks.push(performance.now() - sent.t0);
    } catch {
      if (counted) counted.failed++;
    }
  };
  const sending = (async () => {
    const inflight: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; running; i++) {
      inflight.push(send(i));
      await sleep(Math.max(0, started + ((i + 1) * 1000) / PACE.rate - performance.now()));
    }
    await Promise.allSettled(inflight);
  })();
  return {
    /** A message counts in the phase it was sent in, however late it arrives. */
    delivered: (token: string) => {
      const sent = sentAt.get(token);
      if (sent) figures[sent.phase]?.deliveries.push(performance.now() - sent.t0);
    },
    enter: (next: Phase) => (phase = next),
    stop: () => {
      running = false;
      return sending;
    },
  };
}

/**
 * Each message timed from its POST to its arrival on the listener's socket: BEFORE seconds
 * (after an untimed warm-up, so a cold first send is not the baseline), then while `takeBackup`
 * runs, then 3 s after it.
 */
async function measureDelivery(base: string, pid: number, takeBackup: () => Promise<void>) {
  const senders = await Promise.all(SEATS.map(([email, , kind]) => seat(base, email, kind)));
  const listeners = await Promise.all(SEATS.map(([, email, kind]) => seat(base, email, kind)));
  const figures: Record<string, Figures> = Object.fromEntries(
    PHASES.map((p) => [p, { sent: 0, failed: 0, acks: [], deliveries: [] }]),
  );
  const load = sendSteadily(base, senders, figures);
  const sockets = await Promise.all(listeners.map((l) => listen(base, l, load.delivered)));
  await sleep(2000);
  load.enter('before');
  await sleep(PACE.beforeSeconds * 1000);
  const memoryBefore = memoryMiB(pid);
  const loadAverageAtBackup = loadAverage();
  load.enter('during');
  const [, backupSeconds] = await timed(takeBackup);
  const memoryAfter = memoryMiB(pid);
  load.enter('after');
  await sleep(3000);
  await load.stop();
  await sleep(1000);
  for (const ws of sockets) ws.terminate();
  const p99 = (p: Phase) => pct(figures[p]!.deliveries, 99) ?? NaN;
  return {
    ratePerSecond: PACE.rate,
    backupSeconds,
    loadAverageAtBackup,
    ...Object.fromEntries(
      Object.entries(figures).map(([p, { acks, deliveries, ...counts }]) => [
        p,
        {
          ...counts,
          delivered: deliveries.length,
          sendToAckMs: latencies(acks),
          sendToDeliveryMs: latencies(deliveries),
        },
      ]),
    ),
    deliveryP99DuringVersusBefore: +(p99('during') / p99('before')).toFixed(1),
    serverMemoryMiB: { beforeBackup: memoryBefore, afterBackup: memoryAfter },
  };
}

// `parley serve` apart from this process, so the bench's own work is not the server's; on a port
// it picks and prints, since a fixed one may belong to another server on this machine.
async function withServer<T>(env: object, work: (base: string, pid: number) => Promise<T>) {
  const server = parley(['serve', '--port', '0'], env, 'pipe');
  const exited = exitOf(server);
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /Parley is running at (http:\/\/\S+)/.exec(out)?.[1];
        if (url) resolve(url.replace('localhost', '127.0.0.1'));
      });
      server.once('exit', (code) => reject(new Error(`parley serve exited with ${code}`)));
    });
    return await work(base, server.pid!);
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

async function withOpen<T>(open: () => Promise<Database>, work: (db: Database) => Promise<T>) {
  const database = await open();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function embedded(root: string) {
  const dataDir = join(root, 'data');
  const generateSeconds = await withOpen(() => openPglite(dataDir), generate);
  // Closed, the data directory is complete on its own (PGlite checkpoints at shutdown): what a
  // plain copy needs. The backup below reads the same directory, opened again.
  const dataDirBytes = bytesUnder(dataDir);
  const baseline = await tarOf(root, 'data', join(root, 'data.tar'));
  // What a running server waits for during a backup (the pack), and `fs.cp` of the same files.
  const [, packSeconds] = await timed(() => packDirectory(dataDir, join(root, 'pack')));
  const [, cpSeconds] = await timed(() => cp(dataDir, join(root, 'cp'), { recursive: true }));
  for (const copy of ['pack', 'cp']) rmSync(join(root, copy), { recursive: true });
  const figures = await withOpen(
    () => openPglite(dataDir),
    (database) =>
      backupAndRestore(
        database,
        join(root, 'bench.backup'),
        () => openPglite(join(root, 'restored')),
        dataDirBytes,
        baseline.seconds,
      ),
  );
  const socket = controlSocketPath(dataDir);
  const live = join(root, 'live.backup');
  const delivery = await withServer({ PARLEY_DATA_DIR: dataDir, DATABASE_URL: '' }, (base, pid) =>
    measureDelivery(base, pid, async () => {
      const stream = await backupFromRunningServer(socket);
      if (!stream) throw new Error(`no server answered on ${socket}`);
      await streamToFile(stream, live);
    }),
  );
  return {
    database: 'embedded PGlite, file-backed data directory',
    generateSeconds,
    dataDirBytes,
    restoredDataDirBytes: bytesUnder(join(root, 'restored')),
    baseline: { label: 'tar -cf of the data directory, database closed', ...baseline },
    copies: { packSeconds, fsCpRecursiveSeconds: cpSeconds },
    ...figures,
    delivery,
  };
}

/** PostgreSQL: the database's own directory under the server's, copied after a CHECKPOINT. */
async function postgresRun(root: string, adminUrl: string) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const names = [`parley_bench_backup_${Date.now()}`, `parley_bench_restore_${Date.now()}`];
  const urlOf = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).href;
  for (const name of names) await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    const figures = await withOpen(
      () => openPostgres(urlOf(names[0]!)),
      async (database) => {
        const generateSeconds = await generate(database);
        await admin.unsafe('CHECKPOINT');
        const [where] = await admin<{ dir: string; oid: number }[]>`
          select current_setting('data_directory') as dir, oid::int from pg_database
          where datname = ${names[0]!}`;
        const [baseDir, oid] = [join(where!.dir, 'base'), String(where!.oid)];
        const databaseBytes = bytesUnder(join(baseDir, oid));
        const baseline = await tarOf(baseDir, oid, join(root, 'pg.tar'));
        const label = 'tar -cf of the database directory after CHECKPOINT';
        return {
          generateSeconds,
          databaseBytes,
          baseline: { label, ...baseline },
          ...(await backupAndRestore(
            database,
            join(root, 'pg.backup'),
            () => openPostgres(urlOf(names[1]!)),
            databaseBytes,
            baseline.seconds,
          )),
        };
      },
    );
    // On PostgreSQL `parley backup` reads the database itself, beside the server: run it as the
    // operator would, in its own process (it reads the file back too), not on this one's loop.
    const env = { DATABASE_URL: urlOf(names[0]!) };
    const delivery = await withServer(env, (base, pid) =>
      measureDelivery(base, pid, async () => {
        const code = await exitOf(parley(['backup', join(root, 'pg-live.backup')], env));
        if (code !== 0) throw new Error(`parley backup exited with ${code}`);
      }),
    );
    return { database: 'PostgreSQL', ...figures, delivery };
  } finally {
    for (const name of names) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const atStart = loadAverage();
const root = mkdtempSync(join(tmpdir(), 'parley-bench-backup-'));
try {
  const results: object[] = [await embedded(root)];
  if (process.env.DATABASE_URL) results.push(await postgresRun(root, process.env.DATABASE_URL));
  const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) };
  const load = { atStart, atEnd: loadAverage() };
  const report = { bench: 'backup', machine, load, node: process.version, sizes: SIZE, results };
  console.log(JSON.stringify({ ...report, deliveryPace: PACE }, null, 2));
} finally {
  rmSync(root, { recursive: true, force: true });
}
