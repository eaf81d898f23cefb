import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
} from '../../core/backups/format.ts';
import { describeSnapshot, dumpTables, type Database } from '../../db/index.ts';

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
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    checksum.update(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  };
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    gzip.once('error', reject);
  });
  const summary = await database.readSnapshot(async (db) => {
    const facts = await describeSnapshot(db);
    const header: BackupHeader = {
      kind: 'header',
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      takenAt: now().toISOString(),
      databaseKind: database.kind,
      ...facts,
    };
    await write(header);
    const rows = await dumpTables(db, write);
    return { takenAt: header.takenAt, ...facts, rows };
  });
  const sha256 = checksum.digest('hex');
  gzip.end(`${JSON.stringify({ kind: 'end', rows: summary.rows, sha256 })}\n`);
  await finished;
  return { ...summary, sha256 };
}
