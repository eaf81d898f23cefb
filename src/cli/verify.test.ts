import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite, recordRepo } from '../db/index.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function storedChain(tamper?: string, extra?: Parameters<typeof recordRepo.appendEvent>[1]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-verify-'));
  dirs.push(dataDir);
  const database = await openPglite(dataDir);
  for (let i = 1; i <= 4; i++) {
    await database.transaction((tx) =>
      recordRepo.appendEvent(tx, {
        at: `2017-01-2${i}T08:00:00.000Z`,
        actorUserId: 'u',
        action: 'auth.signIn',
        subjectKind: 'user',
        subjectId: 'u',
        roundId: null,
        payload: { sessionId: `s${i}` },
      }),
    );
  }
  if (extra) await database.transaction((tx) => recordRepo.appendEvent(tx, extra));
  if (tamper) await database.db.execute(sql.raw(tamper));
  await database.close();
  return dataDir;
}

async function verify(dataDir: string) {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'verify'],
      {
        env: { ...process.env, PARLEY_DATA_DIR: dataDir, DATABASE_URL: '' },
      },
    );
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, out: err.stderr };
  }
}

describe('parley verify', () => {
  it('reports an intact record', async () => {
    const result = await verify(await storedChain());
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringContaining('Record intact: 4 events'),
    });
  });

  it('names the first bad event of an edited record and exits non-zero', async () => {
    const result = await verify(
      await storedChain(`update record_events set payload = '{"i": 99}' where seq = 3`),
    );
    expect(result.code).toBe(1);
    expect(result.out).toContain('BROKEN at event 3');
  });

  it('names an event outside the catalog, even on an intact chain', async () => {
    // Words written into the record by something other than Parley: a body beside the digest.
    const result = await verify(
      await storedChain(undefined, {
        at: '2017-01-25T08:00:00.000Z',
        actorUserId: 'u',
        action: 'message.post',
        subjectKind: 'channel',
        subjectId: 'c',
        roundId: 'r',
        payload: { messageId: 'm', seq: 1, digest: 'a'.repeat(64), body: 'We accept.' },
      }),
    );
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Event 5 outside the catalog: message\.post payload: .*body/);
  });
});
