import { parseBackupInterval } from '../core/backups/format.ts';
import type { Database } from '../db/index.ts';
import {
  controlSocketPath,
  serveControlSocket,
  startBackupSchedule,
} from '../server/backups/index.ts';

interface RunningServer {
  database: Pick<Database, 'kind' | 'readSnapshot'>;
  metrics?: { backupSucceeded(at: Date): void } | undefined;
}

export interface BackupDutySettings {
  /** The embedded database's directory; undefined on PostgreSQL, where `parley backup` reads directly. */
  dataDir: string | undefined;
  backupDir: string | undefined;
  every: string | undefined;
  keep: string | undefined;
}

function keepCount(text: string | undefined): number {
  const keep = Number(text ?? 14);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error(`PARLEY_BACKUP_KEEP must be a whole number of at least 1; got "${text}".`);
  return keep;
}

/** What a serving process does for backups: answer `parley backup`, and take its own on schedule. */
export async function startBackupDuties(server: RunningServer, settings: BackupDutySettings) {
  const succeeded = (at: Date) => server.metrics?.backupSucceeded(at);
  const socket = settings.dataDir
    ? await serveControlSocket(server.database, controlSocketPath(settings.dataDir), succeeded)
    : undefined;
  const schedule = settings.backupDir
    ? await startBackupSchedule(server.database, {
        dir: settings.backupDir,
        everyMs: parseBackupInterval(settings.every ?? '6h'),
        keep: keepCount(settings.keep),
        onBackup: (at, file) => {
          succeeded(at);
          console.log(`Backup written: ${file}`);
        },
        onError: (error) => console.error('Scheduled backup failed:', error),
      })
    : undefined;
  return {
    stop: async () => {
      schedule?.stop();
      await socket?.close();
    },
  };
}
