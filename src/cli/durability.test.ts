import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'parley-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('PARLEY_DURABILITY', () => {
  it('refuses a value it does not know, naming the ones it does', async () => {
    const outcome = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify'], {
      env: {
        ...process.env,
        PARLEY_DATA_DIR: dataDir,
        DATABASE_URL: '',
        PARLEY_DURABILITY: 'eventually',
      },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toContain('PARLEY_DURABILITY must be one of power-loss, process-crash');
  });
});
