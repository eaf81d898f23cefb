import { on } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import type { SnapshotFacts, SnapshotSink } from './dump.ts';
import { packDirectory, type Packed } from './pack.ts';

/** What the worker is given: a pack of the data directory, and where to lay it out and open it. */
export interface SnapshotCopy {
  pack: string;
  packed: Packed;
  dataDir: string;
}

export type FromSnapshotWorker =
  | { kind: 'begin'; facts: SnapshotFacts }
  | { kind: 'chunk'; chunk: Uint8Array }
  | { kind: 'end'; rows: Record<string, number> };
/** `more`: one chunk was written, send another; `stop`: the backup failed on this side. */
export type ToSnapshotWorker = 'more' | 'stop';

const WORKER = new URL('./snapshot-worker.ts', import.meta.url);

// A worker inherits its parent's `--import tsx` (the CLI, the bench's servers); a test runner
// that compiles TypeScript its own way has none to pass on, so the worker is given tsx itself.
const execArgv = process.execArgv.some((arg) => arg.includes('tsx'))
  ? undefined
  : [...process.execArgv, '--import', 'tsx'];

/** Runs the dump of the copy in a worker thread, into `sink`. */
async function dumpInWorker(
  copy: SnapshotCopy,
  sink: SnapshotSink,
): Promise<Record<string, number>> {
  const worker = new Worker(WORKER, { workerData: copy, ...(execArgv && { execArgv }) });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // After a failure here the worker still reports its own abandonment; that is not news.
  worker.on('error', () => {});
  try {
    for await (const [message] of on(worker, 'message', { close: ['exit'] })) {
      const m = message as FromSnapshotWorker;
      if (m.kind === 'end') return m.rows;
      if (m.kind === 'begin') await sink.begin(m.facts);
      else await sink.write(m.chunk);
      worker.postMessage('more' satisfies ToSnapshotWorker);
    }
    throw new Error('the backup worker stopped before the end of the snapshot');
  } catch (error) {
    worker.postMessage('stop' satisfies ToSnapshotWorker);
    throw error;
  } finally {
    await exited;
  }
}

const PREFIX = (dataDir: string) => `${basename(dataDir)}.snapshot-`;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A copy holds every party's words: one left by a process killed during its backup is removed
 * by the next backup. The copy's name carries the process id of the backup that made it.
 */
async function removeLeftovers(dataDir: string) {
  const prefix = PREFIX(dataDir);
  const parent = dirname(dataDir);
  for (const name of await readdir(parent)) {
    const pid = name.startsWith(prefix)
      ? Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1])
      : 0;
    if (pid > 0 && !running(pid)) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Dumps a file-backed PGlite while it keeps serving. Its data directory is copied while its
 * query mutex is held, between two queries, as PGlite's own `dumpDataDir` copies it: every commit
 * has written its WAL by then, so the copy is what a crash at that moment would leave, and a
 * PGlite opened on it recovers to the last commit. The server waits only while the files are
 * packed into one (async file I/O, off its thread); a worker lays them out again and dumps them.
 * The copy sits beside the data directory, on its disk, and is removed afterwards in any case.
 */
export async function dumpCopyOf(
  client: PGlite,
  dataDir: string,
  sink: SnapshotSink,
): Promise<Record<string, number>> {
  const home = resolve(dataDir);
  await removeLeftovers(home);
  const copy = await mkdtemp(join(dirname(home), `${PREFIX(home)}${process.pid}-`));
  try {
    const pack = join(copy, 'pack');
    const packed = await client.runExclusive(() => packDirectory(home, pack));
    return await dumpInWorker({ pack, packed, dataDir: join(copy, 'data') }, sink);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
