// A worker thread's entry: lays out the pack of an embedded data directory named in `workerData`
// and dumps it, so that writing the copy, opening it, reading it and encoding its lines all happen
// away from the server's thread.
import { unlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Tx } from '../connection.ts';
import * as schema from '../schema.ts';
import { dumpSnapshot } from './dump.ts';
import { unpackSync } from './pack.ts';
import type { FromSnapshotWorker, SnapshotCopy, ToSnapshotWorker } from './snapshot-copy.ts';

/** Chunks sent and not yet written: the dump runs ahead of the gzip by this much, no further. */
const WINDOW = 4;

const port = parentPort!;
let credit = WINDOW;
let stopped = false;
let wake = () => {};
port.on('message', (message: ToSnapshotWorker) => {
  if (message === 'stop') stopped = true;
  else credit++;
  wake();
});

async function send(message: FromSnapshotWorker, transfer: ArrayBuffer[] = []) {
  while (credit === 0 && !stopped) await new Promise<void>((resolve) => (wake = resolve));
  if (stopped) throw new Error('the backup was abandoned');
  credit--;
  port.postMessage(message, transfer);
}

// On Linux a nice value belongs to one thread: this one yields the CPU to the server's requests
// (two cores are shared by the server, the gzip and this dump). Elsewhere it would be the process.
if (process.platform === 'linux') setPriority(0, 10);

const copy = workerData as SnapshotCopy;
unpackSync(copy.pack, copy.packed, copy.dataDir);
// Half the copy's disk space back before the dump starts.
unlinkSync(copy.pack);
const client = await PGlite.create(copy.dataDir);
try {
  const rows = await dumpSnapshot(drizzle({ client, schema }) as unknown as Tx, {
    begin: (facts) => send({ kind: 'begin', facts }),
    write: (chunk) => send({ kind: 'chunk', chunk }, [chunk.buffer as ArrayBuffer]),
  });
  port.postMessage({ kind: 'end', rows } satisfies FromSnapshotWorker);
} finally {
  // Closed before the thread ends, so that no file of the copy stays open once it is removed.
  await client.close();
  port.close();
}
