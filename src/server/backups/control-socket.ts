import { createServer, request, type Server } from 'node:http';
import { chmod, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/index.ts';
import { writeBackup } from './write-backup.ts';

/**
 * The embedded database belongs to one process. While the server runs, `parley backup` asks it
 * for the backup over a socket in the data directory instead of opening the data a second time;
 * the socket is owner-only, so whoever may use it could read the data directory anyway. It sits
 * beside the data directory (`data.sock` for `data`), not in it: a backup copies that directory
 * whole, and a socket is not a file it can copy.
 */
export const controlSocketPath = (dataDir: string) => `${resolve(dataDir)}.sock`;

export async function serveControlSocket(
  database: Pick<Database, 'kind' | 'readSnapshot'>,
  path: string,
  onBackup: (at: Date) => void = () => {},
): Promise<{ close(): Promise<void> }> {
  // A socket file left by a server that was killed answers nobody; a live one was checked first.
  await rm(path, { force: true });
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/ping') {
      res.writeHead(200).end('parley');
      return;
    }
    if (req.method !== 'POST' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    writeBackup(database, res, () => new Date()).then(
      (summary) => onBackup(new Date(summary.takenAt)),
      (error: unknown) => res.destroy(error as Error),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  await chmod(path, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function ask(path: string, method: string, route: string): Promise<Readable | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, method, path: route }, (res) => {
      if (res.statusCode === 200) resolve(res);
      else reject(new Error(`the running server refused ${route} (HTTP ${res.statusCode})`));
    });
    req.once('error', (error: NodeJS.ErrnoException) => {
      // No socket, or one left behind by a server that is gone: nobody runs on this directory.
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(undefined);
      else reject(error);
    });
    req.end();
  });
}

/** The backup stream of the server running on `path`; undefined when no server answers there. */
export const backupFromRunningServer = (path: string) => ask(path, 'POST', '/backup');

/** Whether a Parley server answers on `path`. */
export async function serverAnswers(path: string): Promise<boolean> {
  const answer = await ask(path, 'GET', '/ping');
  answer?.resume();
  return answer !== undefined;
}
