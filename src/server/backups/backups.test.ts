import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { openPglite, openTestDatabase, recordRepo, type Database } from '../../db/index.ts';
import { attachments, signIns } from '../../db/schema.ts';
import { fillWithTalks } from '../../db/testing/bulk-talks.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/accounts.ts';
import { loadDemoIfEmpty } from '../demo/astana.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { restoreBackup } from './restore-backup.ts';
import { writeBackup } from './write-backup.ts';

const at = () => new Date('2017-01-24T18:00:00Z');

async function backupOf(database: Pick<Database, 'kind' | 'readSnapshot'>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeBackup(database, out, at);
  return Buffer.concat(chunks);
}

/**
 * A backup's content: its header without the time and source, which differ between two backups,
 * then each table's header and its rows as a sorted set (each kind of database orders text by
 * its own collation, so rows may come out in another order), then the trailer's row counts.
 */
function contentOf(backup: Buffer): string[] {
  const lines = gunzipSync(backup).toString('utf8').trimEnd().split('\n');
  const {
    takenAt: _t,
    databaseKind: _k,
    ...header
  } = JSON.parse(lines[0]!) as Record<string, unknown>;
  // The trailer's checksum covers the header and the order of rows, so it differs too.
  const { sha256: _s, ...trailer } = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  const tables: string[][] = [];
  for (const line of lines.slice(1, -1)) {
    if (line.startsWith('[')) tables.at(-1)!.push(line);
    else tables.push([line]);
  }
  const sorted = tables.flatMap(([table, ...rows]) => [table!, ...rows.sort()]);
  return [JSON.stringify(header), ...sorted, JSON.stringify(trailer)];
}

/** Rewrites a backup's lines and gzips them again, as someone tampering with it would. */
function altered(backup: Buffer, change: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(backup).toString('utf8').trimEnd().split('\n');
  return gzipSync(`${change(lines).join('\n')}\n`);
}

const restore = (database: Database, backup: Buffer) =>
  restoreBackup(database, Readable.from([backup]));

async function fileDigests(database: Database) {
  const rows = await database.db.select().from(attachments);
  return rows.map((r) => ({
    id: r.id,
    stored: r.sha256,
    actual: createHash('sha256').update(r.content).digest('hex'),
  }));
}

let source: TestApp;
let backup: Buffer;

beforeAll(async () => {
  source = await testApp();
  await loadDemoIfEmpty(source.ctx);
  await fillWithTalks(source.database, { messages: 300, files: 5, fileBytes: 50_000 });
  await source.client().signIn(DEMO_ACCOUNTS[0]!.email, DEMO_PASSWORD);
  backup = await backupOf(source.database);
}, 120_000);
afterAll(() => source.close());

/** An embedded database in a directory of its own, removed with it: backed up through a copy. */
async function openInDirectory(): Promise<Database> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-backups-'));
  const database = await openPglite(join(dir, 'data'));
  return {
    ...database,
    close: async () => {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Each target is the other kind in the PostgreSQL run, so a backup crosses between the two.
const targets: [string, () => Promise<Database>][] = [
  ['the embedded database', () => openPglite()],
  ['the test database', () => openTestDatabase()],
  ['an embedded database in a directory', openInDirectory],
];

describe.each(targets)('a backup restored into %s', (_, open) => {
  let target: Database;
  beforeAll(async () => {
    target = await open();
    await restore(target, backup);
  }, 120_000);
  afterAll(() => target.close());

  it('holds exactly what the source held, row for row', async () => {
    expect(contentOf(await backupOf(target))).toEqual(contentOf(backup));
  });

  it('ends its record at the same verified head', async () => {
    const { head: before } = await recordRepo.readChain(source.database.db);
    const { head: after } = await recordRepo.readChain(target.db);
    expect(after).toEqual(before);
    expect(before!.seq).toBeGreaterThan(0);
  });

  it('keeps every file byte for byte', async () => {
    const digests = await fileDigests(target);
    expect(digests).toHaveLength(5);
    for (const d of digests) expect(d.actual).toBe(d.stored);
    expect(digests).toEqual(await fileDigests(source.database));
  });

  it('carries no sign-in over', async () => {
    expect(await source.database.db.select().from(signIns)).not.toHaveLength(0);
    expect(await target.db.select().from(signIns)).toHaveLength(0);
  });

  it('refuses to restore into a database that is no longer empty', async () => {
    await expect(restore(target, backup)).rejects.toMatchObject({
      code: 'backup_target_not_empty',
    });
  });
});

describe('a backup that cannot be trusted', () => {
  let target: Database;
  beforeAll(async () => {
    target = await openPglite();
  });
  afterAll(() => target.close());

  const cases: [string, () => Buffer, string][] = [
    ['cut short', () => backup.subarray(0, Math.floor(backup.length / 2)), 'backup_damaged'],
    ['without its last line', () => altered(backup, (l) => l.slice(0, -1)), 'backup_damaged'],
    [
      'with one word changed',
      () => altered(backup, (l) => l.map((x) => x.replace('Bulk message 7:', 'Bulk message 8:'))),
      'backup_damaged',
    ],
    [
      'with a row removed',
      () => altered(backup, (l) => [...l.slice(0, 40), ...l.slice(41)]),
      'backup_damaged',
    ],
    [
      'of a newer schema',
      () =>
        altered(backup, ([h, ...rest]) => {
          const header = JSON.parse(h!) as { schemaVersion: number };
          return [JSON.stringify({ ...header, schemaVersion: header.schemaVersion + 1 }), ...rest];
        }),
      'backup_newer_schema',
    ],
    ['that is not a backup at all', () => gzipSync('hello\n'), 'backup_damaged'],
    ['that is not even gzip', () => Buffer.from('PK\u0003\u0004 a zip file'), 'backup_damaged'],
  ];

  it.each(cases)('is refused when %s, and changes nothing', async (_, make, code) => {
    await expect(restore(target, make())).rejects.toMatchObject({ code });
    const { head } = await recordRepo.readChain(target.db);
    expect(head?.seq).toBe(0);
  });

  it('still restores the good backup afterwards', async () => {
    await restore(target, backup);
    const { head } = await recordRepo.readChain(target.db);
    expect(head).toEqual((await recordRepo.readChain(source.database.db)).head);
  });
});
