import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function parley(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        env: {
          ...process.env,
          PARLEY_DATA_DIR: dataDir,
          DATABASE_URL: '',
          PARLEY_PUBLIC_URL: 'https://talks.example.org',
        },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('parley create-operator', () => {
  it('prints a one-time link for the address, and refuses once an operator exists', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parley-first-run-'));
    dirs.push(dataDir);
    const first = await parley(dataDir, 'create-operator', '--email', 'Ops@UN.example');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /for ops@un\.example \(single use, valid until .+\):\n {2}https:\/\/talks\.example\.org\/setup\/[\w-]{40,}\n/,
    );

    expect((await parley(dataDir, 'create-operator')).code).toBe(2);
    // The demo brings an operator: from then on there is nothing to set up.
    expect((await parley(dataDir, 'seed-demo')).code).toBe(0);
    const refused = await parley(dataDir, 'create-operator', '--email', 'ops@un.example');
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'An operator account exists already: sign in as the operator to create more accounts.\n',
    ]);
  }, 60_000);
});
