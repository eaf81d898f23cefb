import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openTestDatabase, type Database } from '../connection.ts';
import { actorFocalPoints, actors, users } from '../schema.ts';
import { rowsOf } from '../rows.ts';
import type { SnapshotFacts } from './dump.ts';

const at = new Date('2017-01-23T09:00:00Z');
// Keys whose order differs between collations (case, accents, punctuation), so that a page
// boundary falls where a byte order and a language's order disagree.
const key = (i: number) => ['a', 'B', 'é', 'Z', '-x', 'e'][i % 6]! + String(i).padStart(3, '0');
const USERS = 60;
const ACTORS = 45;

async function fill(database: Database) {
  await database.transaction(async (tx) => {
    await tx.insert(users).values(
      Array.from({ length: USERS }, (_, i) => ({
        id: `user ${key(i)}`,
        email: `${i}@parley.test`,
        displayName: `User ${i}`,
        passwordHash: 'x',
        createdAt: at,
      })),
    );
    await tx.insert(actors).values(
      Array.from({ length: ACTORS }, (_, i) => ({
        id: `actor ${key(i)}`,
        name: `Actor ${i}`,
        kind: 'state',
        createdAt: at,
      })),
    );
    // 2,700 rows of a two-column key: more than one page of 2,000.
    const points = Array.from({ length: ACTORS }, (_, a) =>
      Array.from({ length: USERS }, (_, u) => ({
        actorId: `actor ${key(a)}`,
        userId: `user ${key(u)}`,
      })),
    ).flat();
    await tx.insert(actorFocalPoints).values(points);
  });
}

/** The dump's lines, by table, and its facts. */
async function dumpOf(database: Database, onBegin: () => Promise<void> = async () => {}) {
  const chunks: Uint8Array[] = [];
  let facts: SnapshotFacts | undefined;
  const rows = await database.readSnapshot({
    begin: async (f) => {
      facts = f;
      await onBegin();
    },
    write: async (chunk) => {
      chunks.push(chunk);
    },
  });
  const tables = new Map<string, unknown[][]>();
  let current: unknown[][] = [];
  for (const line of Buffer.concat(chunks).toString('utf8').trimEnd().split('\n')) {
    const value = JSON.parse(line) as { kind: string; name: string } | unknown[];
    if (Array.isArray(value)) current.push(value);
    else tables.set(value.name, (current = []));
  }
  return { rows, facts, tables };
}

/** An embedded database in a directory of its own, removed with it. */
async function openInDirectory(): Promise<Database & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-dump-'));
  const database = await openPglite(join(dir, 'data'));
  return {
    ...database,
    dir,
    close: async () => {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const kinds: [string, () => Promise<Database>][] = [
  ['the test database', openTestDatabase],
  ['an embedded database in a directory (a copy dumped in a worker)', openInDirectory],
];

describe.each(kinds)('a dump of %s', (_, open) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    await fill(database);
  });
  afterAll(() => database?.close());

  it('pages along a two-column key without losing or repeating a row', async () => {
    const { rows, tables } = await dumpOf(database);
    const dumped = tables.get('actor_focal_points')!.map((r) => JSON.stringify(r));
    expect(rows.actor_focal_points).toBe(ACTORS * USERS);
    expect(new Set(dumped).size).toBe(ACTORS * USERS);
    const stored = await database.db.select().from(actorFocalPoints);
    expect(dumped.sort()).toEqual(stored.map((p) => JSON.stringify([p.actorId, p.userId])).sort());
  });

  it('holds what was committed before it, and nothing committed once its moment is fixed', async () => {
    const late = {
      id: 'user late',
      email: 'late@parley.test',
      displayName: 'Late',
      passwordHash: 'x',
      createdAt: at,
    };
    const { facts, tables } = await dumpOf(database, async () => {
      await database.transaction((tx) => tx.insert(users).values(late));
    });
    expect(facts?.schemaVersion).toBeGreaterThan(0);
    const ids = tables.get('users')!.map((r) => r[0]);
    expect(ids).toHaveLength(USERS);
    expect(ids).not.toContain(late.id);
    expect(await database.db.select().from(users)).toHaveLength(USERS + 1);
  });
});

describe('the copy of an embedded database', () => {
  let database: Database & { dir: string };
  const copies = async () =>
    (await readdir(database.dir)).filter((name) => name.startsWith('data.snapshot-'));
  beforeAll(async () => {
    database = await openInDirectory();
    await fill(database);
  });
  afterAll(() => database?.close());

  it('is removed after the dump', async () => {
    await dumpOf(database);
    expect(await copies()).toEqual([]);
  });

  it('is removed after a dump that failed, and the database goes on serving', async () => {
    const failing = database.readSnapshot({
      begin: async () => {},
      write: async () => {
        throw new Error('the disk is full');
      },
    });
    await expect(failing).rejects.toThrow('the disk is full');
    expect(await copies()).toEqual([]);
    const [row] = await rowsOf<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from users`,
    );
    expect(row?.n).toBeGreaterThan(0);
  });

  it('left by a process that is gone is removed by the next dump, and only that one', async () => {
    // Above Linux's largest process id (2^22), so no process has it.
    const gone = join(database.dir, `data.snapshot-${2 ** 22 + 1}-abc`);
    const alive = join(database.dir, `data.snapshot-${process.ppid}-abc`);
    await mkdir(join(gone, 'data'), { recursive: true });
    await mkdir(alive);
    await dumpOf(database);
    expect(await copies()).toEqual([`data.snapshot-${process.ppid}-abc`]);
    await rm(alive, { recursive: true });
  });
});
