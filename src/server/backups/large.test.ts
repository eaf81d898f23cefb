import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openTestDatabase, recordRepo, type Database } from '../../db/index.ts';
import { fillWithTalks } from '../../db/testing/bulk-talks.ts';
import { attachmentDigests, bulkMessageCount, rowCounts } from '../../db/testing/whole-database.ts';
import { loadDemoIfEmpty } from '../demo/astana.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { backupToFile, restoreFromFile } from './backup-files.ts';
import type { BackupSummary } from './write-backup.ts';

// The generated database: the demo, then 100,000 messages and 1,000 files of 100 kB.
const SIZE = { messages: 100_000, files: 1_000, fileBytes: 100_000 };
// Whole-database work on 100 MB of files takes tens of seconds per step on two cores.
const STEP_MS = 240_000;

let source: TestApp;
let dir: string;
let file: string;
let summary: BackupSummary;
let counted: Record<string, number>;

beforeAll(async () => {
  source = await testApp();
  await loadDemoIfEmpty(source.ctx);
  await fillWithTalks(source.database, SIZE);
  // To a file, as an operator's backup goes: the whole stream never sits in memory.
  dir = await mkdtemp(join(tmpdir(), 'parley-large-backup-'));
  file = join(dir, 'large.backup');
  summary = await backupToFile(source.database, file);
  counted = await rowCounts(source.database.db);
}, STEP_MS);
afterAll(async () => {
  await source?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a backup of a generated database', () => {
  it('counts every row the source holds, and holds every file byte', async () => {
    expect(summary.rows).toEqual(counted);
    expect(counted.messages).toBeGreaterThanOrEqual(SIZE.messages);
    expect(counted.attachments).toBeGreaterThanOrEqual(SIZE.files);
    // Random bytes do not compress: a backup smaller than its files has lost some.
    expect((await stat(file)).size).toBeGreaterThan(SIZE.files * SIZE.fileBytes);
  });
});

// In the PostgreSQL run the source is PostgreSQL, so the embedded target crosses kinds and the
// second stays on PostgreSQL. Without it the test database is one more in-memory PGlite, the same
// as the first target: restoring 100 MB into it again would only double the slowest step.
const targets: [string, () => Promise<Database>][] = [
  ['the embedded database', () => openPglite()],
  ...(process.env.PARLEY_TEST_DB === 'postgres'
    ? [['PostgreSQL', () => openTestDatabase()] as [string, () => Promise<Database>]]
    : []),
];

describe.each(targets)('a generated database restored into %s', (_, open) => {
  let target: Database;
  beforeAll(async () => {
    target = await open();
    await restoreFromFile(target, file);
  }, STEP_MS);
  afterAll(() => target?.close());

  it('ends its record at the source’s head', async () => {
    const { head } = await recordRepo.readChain(target.db);
    expect(head).toEqual((await recordRepo.readChain(source.database.db)).head);
    expect(head).toMatchObject({ seq: summary.recordHead.seq, hash: summary.recordHead.hash });
  });

  it('holds as many rows in every table as the source', async () => {
    expect(await rowCounts(target.db)).toEqual(counted);
  });

  it('holds all 100,000 generated messages', async () => {
    expect(await bulkMessageCount(target.db)).toBe(SIZE.messages);
  });

  it(
    'keeps every file byte for byte: each one’s SHA-256 is the one stored beside it',
    async () => {
      const { checked, wrong } = await attachmentDigests(target.db);
      expect(wrong).toEqual([]);
      expect(checked).toBe(counted.attachments);
    },
    STEP_MS,
  );
});
