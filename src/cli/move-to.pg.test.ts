import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, recordRepo } from '../db/index.ts';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'parley-move-'));

async function parley(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { env: { ...process.env, DATABASE_URL: '', PARLEY_DATA_DIR: join(root, 'data'), ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('parley move-to', () => {
  let target: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    target = await openTestDatabase();
    const seeded = await parley({}, 'seed-demo');
    expect(seeded.code, seeded.stderr).toBe(0);
  }, 90_000);
  afterAll(async () => {
    await target.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('moves the embedded database onto PostgreSQL with the same record, and says what to set', async () => {
    const moved = await parley({}, 'move-to', target.url!);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toContain('Next: set DATABASE_URL=');
    const embedded = await parley({}, 'verify');
    const onPostgres = await parley({ DATABASE_URL: target.url! }, 'verify');
    expect(onPostgres.stdout).toBe(embedded.stdout);
    const { head } = await recordRepo.readChain(target.db);
    expect(embedded.stdout).toContain(head!.hash);
  });

  it('refuses to move onto a database that already holds data, changing nothing there', async () => {
    const before = await recordRepo.readChain(target.db);
    const again = await parley({}, 'move-to', target.url!);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('empty database only');
    expect((await recordRepo.readChain(target.db)).head).toEqual(before.head);
  });
});
