import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
} from '../../core/backups/format.ts';
import type { Database } from '../../db/index.ts';

export interface BackupSummary {
  takenAt: string;
  schemaVersion: number;
  recordHead: { seq: number; hash: string };
  rows: Record<string, number>;
  sha256: string;
}

/**
 * Writes a backup of one consistent moment to `out` (gzip of JSON lines, see core/backups/format.ts)
 * and ends it. Everything committed before the call began is in it.
 */
export async function writeBackup(
  database: Pick<Database, 'kind' | 'readSnapshot'>,
  out: Writable,
  now: () => Date,
): Promise<BackupSummary> {
  const gzip = createGzip({ level: 3 });
  gzip.pipe(out);
  const checksum = createHash('sha256');
  // The chunks arrive whole lines at a time; the gzip itself runs in libuv's thread pool.
  const write = async (chunk: Uint8Array | string) => {
    checksum.update(chunk);
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    gzip.once('error', reject);
  });
  const taken: { header?: BackupHeader } = {};
  const rows = await database.readSnapshot({
    begin: async (facts) => {
      const header: BackupHeader = {
        kind: 'header',
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        takenAt: now().toISOString(),
        databaseKind: database.kind,
        ...facts,
      };
      taken.header = header;
      await write(`${JSON.stringify(header)}\n`);
    },
    write,
  });
  const { header } = taken;
  if (!header) throw new Error('the snapshot ended without saying what it held');
  const sha256 = checksum.digest('hex');
  gzip.end(`${JSON.stringify({ kind: 'end', rows, sha256 })}\n`);
  await finished;
  const { takenAt, schemaVersion, recordHead } = header;
  return { takenAt, schemaVersion, recordHead, rows, sha256 };
}
