import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DomainError } from '../core/errors.ts';
import { backupFileName } from '../core/backups/format.ts';
import { openDatabase, openPostgres, recordRepo, type Database } from '../db/index.ts';
import {
  backupFromRunningServer,
  backupToFile,
  checkBackupFile,
  controlSocketPath,
  restoreFromFile,
  serverAnswers,
  streamToFile,
} from '../server/backups/index.ts';

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  durability?: 'power-loss' | 'process-crash';
}

async function withOpen<T>(config: DatabaseConfig, work: (db: Database) => Promise<T>) {
  const database = await openDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** A running server owns the embedded database; only it may touch the data directory. */
async function embeddedServerRunning(config: DatabaseConfig) {
  if (config.databaseUrl) return false;
  return serverAnswers(controlSocketPath(config.dataDir));
}

function fail(message: string) {
  console.error(message);
  process.exitCode = 1;
}

/** Domain refusals (a damaged backup, a full database) are the user's to read, not a crash. */
async function refusalsAsMessages(work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) fail(error.message);
    else throw error;
  }
}

/** `parley backup FILE`: from a running embedded server through its socket, else directly. */
export async function backupCommand(file: string | undefined, config: DatabaseConfig) {
  if (!file) return fail('Say where to write it: parley backup FILE');
  const socket = config.databaseUrl ? undefined : controlSocketPath(config.dataDir);
  const fromServer = socket ? await backupFromRunningServer(socket) : undefined;
  if (fromServer) await streamToFile(fromServer, file);
  else if (!config.databaseUrl && !existsSync(config.dataDir))
    return fail(`No database in ${config.dataDir} (set PARLEY_DATA_DIR or DATABASE_URL).`);
  else await withOpen(config, (database) => backupToFile(database, file));
  // Read back what was written: a backup is only as good as its last full read.
  const { header, rows } = await checkBackupFile(file);
  console.log(
    `Backup written to ${file} and read back intact: taken ${header.takenAt}, record head ${header.recordHead.seq} (${header.recordHead.hash.slice(0, 16)}…), ${rows.messages ?? 0} messages, ${rows.attachments ?? 0} files.`,
  );
}

/** `parley restore FILE`: into an empty database of either kind, all or nothing. */
export async function restoreCommand(file: string | undefined, config: DatabaseConfig) {
  if (!file || !existsSync(file))
    return fail('Name a backup file that exists: parley restore FILE');
  if (await embeddedServerRunning(config))
    return fail(`A Parley server is running on ${config.dataDir}: stop it, then restore.`);
  await refusalsAsMessages(() =>
    withOpen(config, async (database) => {
      const header = await restoreFromFile(database, file);
      console.log(
        `Restored the backup taken ${header.takenAt}: the record verifies, head ${header.recordHead.seq} (${header.recordHead.hash.slice(0, 16)}…). Sign-ins do not carry over: everyone signs in again.`,
      );
    }),
  );
}

/** `parley move-to URL`: the embedded database onto an empty PostgreSQL one, checked by head. */
export async function moveToCommand(url: string | undefined, config: DatabaseConfig) {
  if (!url || !/^postgres(ql)?:\/\//.test(url))
    return fail('Give the PostgreSQL database to move to: parley move-to postgres://…');
  if (config.databaseUrl)
    return fail('DATABASE_URL is set: this deployment already runs on PostgreSQL.');
  if (await embeddedServerRunning(config))
    return fail(
      `Stop the Parley server on ${config.dataDir} first, so that nothing is written during the move.`,
    );
  const kept = join(dirname(resolve(config.dataDir)), `before-move-${backupFileName(new Date())}`);
  await withOpen(config, (database) => backupToFile(database, kept));
  await refusalsAsMessages(async () => {
    const target = await openPostgres(url);
    try {
      const header = await restoreFromFile(target, kept);
      const { head } = await recordRepo.readChain(target.db);
      if (head?.hash !== header.recordHead.hash) throw new Error('the moved record ends elsewhere');
      console.log(
        [
          `Moved: PostgreSQL now holds everything, record head ${head.seq} (${head.hash.slice(0, 16)}…) as before.`,
          `Next: set DATABASE_URL=${url.replace(/:[^:@/]*@/, ':…@')} where Parley reads its settings (e.g. /etc/parley/parley.env) and restart it.`,
          `The embedded data in ${config.dataDir} is untouched, and a backup of it is kept at ${kept}; remove both once you have checked.`,
        ].join('\n'),
      );
    } finally {
      await target.close();
    }
  });
}
