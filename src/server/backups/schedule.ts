import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFileName, backupsBeyond } from '../../core/backups/format.ts';
import type { Database } from '../../db/index.ts';
import { backupToFile } from './backup-files.ts';

export interface BackupScheduleOptions {
  dir: string;
  everyMs: number;
  /** How many scheduled backups to keep; older ones are deleted after each new one. */
  keep: number;
  now?: () => Date;
  onBackup?: (at: Date, file: string) => void;
  onError?: (error: unknown) => void;
}

const STAMP = /^parley-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.backup$/;

function newestBackupAt(names: readonly string[]): Date | undefined {
  const stamps = names.flatMap((n) => {
    const m = STAMP.exec(n);
    return m ? [Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)] : [];
  });
  return stamps.length ? new Date(Math.max(...stamps)) : undefined;
}

/**
 * Takes a backup every `everyMs`, the first one as soon as the newest in `dir` is that old (at
 * once if there is none), so a restart neither skips nor doubles one.
 */
export async function startBackupSchedule(
  database: Pick<Database, 'kind' | 'readSnapshot'>,
  options: BackupScheduleOptions,
): Promise<{ stop(): void; takeNow(): Promise<string> }> {
  const now = options.now ?? (() => new Date());
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const takeNow = async () => {
    const at = now();
    const file = join(options.dir, backupFileName(at));
    await backupToFile(database, file, () => at);
    const stale = backupsBeyond(await readdir(options.dir), options.keep);
    await Promise.all(stale.map((name) => rm(join(options.dir, name), { force: true })));
    options.onBackup?.(at, file);
    return file;
  };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const plan = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      takeNow()
        .catch((error: unknown) => options.onError?.(error))
        .finally(() => plan(options.everyMs));
    }, delay);
  };
  const newest = newestBackupAt(await readdir(options.dir));
  plan(newest ? Math.max(0, newest.getTime() + options.everyMs - now().getTime()) : 0);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
    takeNow,
  };
}
