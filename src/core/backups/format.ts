import { z } from 'zod';
import { DomainError } from '../errors.ts';

/**
 * A backup is one gzip stream of JSON lines: a header, then for each table a line naming its
 * columns followed by one line per row, then a trailer with the row counts and the SHA-256 of
 * every line before it. Lines rather than a database dump so that either database reads it.
 */
export const BACKUP_FORMAT = 'parley-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** How a column's values are written: JSON as is, except what JSON cannot hold exactly. */
export const ColumnEncoding = z.enum(['json', 'timestamp', 'bytes']);
export type ColumnEncoding = z.infer<typeof ColumnEncoding>;

export const BackupHeader = z.object({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  /** How many migrations the database had applied: a backup restores into the same schema. */
  schemaVersion: z.number().int().nonnegative(),
  takenAt: z.iso.datetime(),
  databaseKind: z.enum(['pglite', 'postgres']),
  recordHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const TableHeader = z.object({
  kind: z.literal('table'),
  name: z.string(),
  columns: z.array(z.object({ name: z.string(), encoding: ColumnEncoding })),
});
export type TableHeader = z.infer<typeof TableHeader>;

export const BackupTrailer = z.object({
  kind: z.literal('end'),
  rows: z.record(z.string(), z.number().int().nonnegative()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupTrailer = z.infer<typeof BackupTrailer>;

export const damagedBackup = (why: string) =>
  new DomainError(
    'backup_damaged',
    `This backup is damaged or incomplete: ${why}. Nothing was restored.`,
  );

/** Checks a header against the schema this build runs; the message says what to do instead. */
export function checkRestorable(header: BackupHeader, schemaVersion: number): void {
  if (header.formatVersion > BACKUP_FORMAT_VERSION)
    throw new DomainError(
      'backup_newer_schema',
      `This backup was written in format ${header.formatVersion} by a newer Parley; this one reads format ${BACKUP_FORMAT_VERSION}. Upgrade Parley, then restore.`,
    );
  if (header.schemaVersion > schemaVersion)
    throw new DomainError(
      'backup_newer_schema',
      `This backup holds schema ${header.schemaVersion}, newer than this Parley's ${schemaVersion}. Upgrade Parley, then restore.`,
    );
  if (header.schemaVersion < schemaVersion)
    throw new DomainError(
      'backup_older_schema',
      `This backup holds schema ${header.schemaVersion}, older than this Parley's ${schemaVersion}. Restore it with the Parley release that wrote it, then upgrade (migrations run at start).`,
    );
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `PARLEY_BACKUP_EVERY`: `30m`, `6h`, `1d`. At least ten minutes, so backups never pile up. */
export function parseBackupInterval(text: string): number {
  const match = /^(\d+)([mhd])$/.exec(text.trim());
  if (!match) throw new Error(`PARLEY_BACKUP_EVERY must look like 30m, 6h or 1d; got "${text}".`);
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms < 10 * 60_000) throw new Error(`PARLEY_BACKUP_EVERY must be at least 10m; got "${text}".`);
  if (ms > 7 * UNIT_MS.d) throw new Error(`PARLEY_BACKUP_EVERY must be at most 7d; got "${text}".`);
  return ms;
}

const NAME = /^parley-(\d{8}T\d{6}Z)\.backup$/;

/** `parley-20170123T083000Z.backup`: sorts by time, and says when at a glance. */
export function backupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `parley-${stamp}.backup`;
}

/** The scheduled backups to delete so that the newest `keep` remain; other files are not ours. */
export function backupsBeyond(names: readonly string[], keep: number): string[] {
  const ours = names.filter((n) => NAME.test(n)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}
