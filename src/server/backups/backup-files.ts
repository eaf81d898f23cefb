import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../../db/index.ts';
import { checkBackup, restoreBackup } from './restore-backup.ts';
import { writeBackup, type BackupSummary } from './write-backup.ts';

/**
 * Bytes land under a temporary name and take the final one only when complete, so a file with
 * the final name is always a whole backup. Owner-only: a backup holds every party's words.
 */
async function intoFileAtomically<T>(
  path: string,
  write: (out: Writable) => Promise<T>,
): Promise<T> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  try {
    const result = await write(out);
    await rename(partial, path);
    return result;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

export function backupToFile(
  database: Pick<Database, 'kind' | 'readSnapshot'>,
  path: string,
  now: () => Date = () => new Date(),
): Promise<BackupSummary> {
  return intoFileAtomically(path, (out) => writeBackup(database, out, now));
}

/** Copies a backup stream (from a running server's control socket) into a file. */
export function streamToFile(source: Readable, path: string): Promise<void> {
  return intoFileAtomically(path, (out) => pipeline(source, out));
}

export function restoreFromFile(database: Database, path: string) {
  return restoreBackup(database, createReadStream(path));
}

export const checkBackupFile = (path: string) => checkBackup(createReadStream(path));
