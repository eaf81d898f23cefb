// Cold start to first served page and idle memory, on the embedded database, against a baseline
// (a bare Fastify serving the same index.html) measured in the same run. Prints JSON.
// Usage: npm run bench:startup   (needs `npm run build:web` first)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function firstPage(
  url: string,
  child: ChildProcess,
  started: number,
  limitMs = 120_000,
): Promise<number> {
  while (performance.now() - started < limitMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('<div id="root">'))
        return Math.round(performance.now() - started);
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error('no page within the time limit');
}

async function measure(label: string, args: string[], env: Record<string, string>, port: number) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    const firstPageMs = await firstPage(`http://127.0.0.1:${port}/`, child, started);
    await sleep(5_000);
    return { label, firstPageMs, idle: rssMiB(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const baselineScript = `
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { resolve } from 'node:path';
const app = Fastify();
await app.register(fastifyStatic, { root: resolve('dist/web') });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
try {
  const baseline = await measure(
    'baseline: bare Fastify static',
    ['--input-type=module', '-e', baselineScript],
    {},
    18_081,
  );
  const serve = ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--demo'];
  const cold = await measure(
    'parley: empty data dir (migrate + load demo)',
    serve,
    { PARLEY_DATA_DIR: dataDir },
    18_082,
  );
  const warm = await measure(
    'parley: existing data dir',
    serve,
    { PARLEY_DATA_DIR: dataDir },
    18_083,
  );
  console.log(
    JSON.stringify(
      {
        bench: 'startup',
        node: process.version,
        results: [baseline, cold, warm],
        ratioWarmToBaseline: +(warm.firstPageMs / baseline.firstPageMs).toFixed(1),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
