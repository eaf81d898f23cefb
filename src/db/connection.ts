import { randomBytes } from 'node:crypto';
import { closeSync, fsync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { GENESIS_HASH } from '../core/record/chain.ts';
import { dumpSnapshot, type SnapshotSink } from './backups/dump.ts';
import { dumpCopyOf } from './backups/snapshot-copy.ts';
import * as schema from './schema.ts';

type Schema = typeof schema;
export type Tx = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Tx;
  /** Runs `work` in one transaction; everything it writes commits together or not at all. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Dumps one consistent moment of the whole database into `sink` while writes go on elsewhere
   * (a backup's body, see db/backups/dump.ts); answers the rows dumped per table. PostgreSQL reads
   * a repeatable-read transaction; a file-backed PGlite copies its data directory, then dumps the
   * copy in a worker thread; an in-memory PGlite (tests) dumps a clone of itself in process.
   */
  readSnapshot(sink: SnapshotSink): Promise<Record<string, number>>;
  /** Tells every Parley instance on this database about a committed change (LISTEN/NOTIFY on PostgreSQL). */
  notify(payload: string): Promise<void>;
  /** Receives every instance's notifications, this one's included. */
  listen(onPayload: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

const LIVE_CHANNEL = 'parley_live';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

async function ensureRecordHead(db: Tx): Promise<void> {
  await db
    .insert(schema.recordHead)
    .values({ id: 'head', seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
}

/**
 * PGlite writes through Emscripten's NODEFS, whose fsync does nothing: a commit reaches the OS but
 * not necessarily the disk. Before a write is acknowledged we fsync the current WAL segment, so an
 * acknowledged commit survives a power cut as well as a killed process.
 */
function walSyncer(dataDir: string) {
  const wal = join(dataDir, 'pg_wal');
  // Every segment, not just the highest name: a commit may straddle two, and a checkpoint renames
  // old segments to future names before they are used. Syncing a clean file costs next to nothing.
  // Segments stay open between commits; only the fsync itself leaves the event loop (libuv's pool),
  // so while one commit waits for the disk, others are served.
  const open = new Map<string, number>();
  const sync = (fd: number) =>
    new Promise<void>((resolve, reject) => fsync(fd, (err) => (err ? reject(err) : resolve())));
  return {
    sync: async () => {
      const segments = new Set(readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f)));
      for (const [name, fd] of open) {
        if (!segments.has(name)) {
          // A segment renamed or removed after its last sync: its data is synced under the new name.
          closeSync(fd);
          open.delete(name);
        }
      }
      for (const name of segments) {
        if (!open.has(name)) open.set(name, openSync(join(wal, name), 'r+'));
      }
      await Promise.all([...open.values()].map(sync));
    },
    close: () => {
      for (const fd of open.values()) closeSync(fd);
      open.clear();
    },
  };
}

/**
 * What an acknowledged commit on the embedded database survives. `power-loss` (the default) syncs
 * the WAL to disk before acknowledging; `process-crash` leaves that to the operating system, so an
 * acknowledged write survives the process being killed but not the machine losing power. The
 * sync is the embedded database's main latency cost on a slow disk (docs/performance.md).
 */
export type Durability = 'power-loss' | 'process-crash';
export const DURABILITIES: readonly Durability[] = ['power-loss', 'process-crash'];

/** PGlite in `dataDir` (in memory when undefined). PGlite's own relaxed durability stays off. */
export async function openPglite(
  dataDir?: string,
  durability: Durability = 'power-loss',
): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzlePglite({ client, schema }) as unknown as Tx;
  await migratePglite(db as never, { migrationsFolder });
  await ensureRecordHead(db);
  const syncWal = dataDir && durability === 'power-loss' ? walSyncer(dataDir) : undefined;
  // One process owns an embedded database, so notifications stay in process.
  const listeners = new Set<(payload: string) => void>();
  return {
    kind: 'pglite',
    db,
    transaction: async (work) => {
      const result = await db.transaction((tx) => work(tx as unknown as Tx));
      await syncWal?.sync();
      return result;
    },
    // PGlite serves one query at a time, in this thread: reading a whole backup from it would
    // stall every request. It is copied between two queries instead, and the copy is read.
    readSnapshot: dataDir
      ? (sink) => dumpCopyOf(client, dataDir, sink)
      : async (sink) => {
          const copy = (await client.clone()) as PGlite;
          try {
            return await dumpSnapshot(
              drizzlePglite({ client: copy, schema }) as unknown as Tx,
              sink,
            );
          } finally {
            await copy.close();
          }
        },
    notify: async (payload) => {
      for (const l of listeners) queueMicrotask(() => l(payload));
    },
    listen: async (onPayload) => {
      listeners.add(onPayload);
    },
    close: async () => {
      syncWal?.close();
      await client.close();
    },
  };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Tx;
  await migratePostgres(db as never, { migrationsFolder });
  await ensureRecordHead(db);
  return {
    kind: 'postgres',
    db,
    transaction: (work) => db.transaction((tx) => work(tx as unknown as Tx)),
    readSnapshot: (sink) =>
      db.transaction((tx) => dumpSnapshot(tx as unknown as Tx, sink), {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      }),
    notify: async (payload) => {
      await client.notify(LIVE_CHANNEL, payload);
    },
    listen: async (onPayload) => {
      await client.listen(LIVE_CHANNEL, onPayload);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

export function openDatabase(config: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  durability?: Durability | undefined;
}) {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite(config.dataDir, config.durability);
}

/**
 * A throwaway database for one test file: in-memory PGlite, or with PARLEY_TEST_DB=postgres a fresh
 * database on DATABASE_URL's server (dropped on close).
 */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  if (process.env.PARLEY_TEST_DB !== 'postgres') return openPglite();
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';
  const name = `parley_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 4 });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
