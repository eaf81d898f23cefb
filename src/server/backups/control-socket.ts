import { createServer, request, type Server } from 'node:http';
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/index.ts';
import { writeBackup } from './write-backup.ts';

/**
 * The embedded database belongs to one process. While the server runs, `parley backup` asks it
 * for the backup over a socket in the data directory instead of opening the data a second time;
 * the socket is owner-only, so whoever may use it could read the data directory anyway.
 */
export const controlSocketPath = (dataDir: string) => join(dataDir, 'parley.sock');

export async function serveControlSocket(
  database: Pick<Database, 'kind' | 'readSnapshot'>,
  path: string,
  onBackup: (at: Date) => void = () => {},
): Promise<{ close(): Promise<void> }> {
  // A socket file left by a server that was killed answers nobody; a live one was checked first.
  await rm(path, { force: true });
  const server: Server = createServer((req, res) => {
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

/** The backup stream of the server running on `path`; undefined when no server answers there. */
export function backupFromRunningServer(path: string): Promise<Readable | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, method: 'POST', path: '/backup' }, (res) => {
      if (res.statusCode === 200) resolve(res);
      else reject(new Error(`the running server refused the backup (HTTP ${res.statusCode})`));
    });
    req.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(undefined);
      else reject(error);
    });
    req.end();
  });
}
