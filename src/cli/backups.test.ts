import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'parley-backups-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const envFor = (dataDir: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  PARLEY_DATA_DIR: dataDir,
  DATABASE_URL: '',
  ...extra,
});

async function parley(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { env: envFor(dataDir) },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `parley serve --demo` in its own process, with scheduled backups into `backupDir`. */
async function serving(dataDir: string, backupDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--demo', '--port', '0'],
    { env: envFor(dataDir, { PARLEY_BACKUP_DIR: backupDir, PARLEY_BACKUP_KEEP: '3' }) },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Backup written:')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(output);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

describe('backups from the command line, on the embedded database', () => {
  const dataDir = join(root, 'data');
  const backupDir = join(root, 'scheduled');
  const file = join(root, 'by-hand.backup');
  let server: Awaited<ReturnType<typeof serving>>;
  beforeAll(async () => {
    server = await serving(dataDir, backupDir);
  }, 90_000);
  afterAll(() => server.stop());

  it('takes the first scheduled backup at start, owner-only', () => {
    const names = readdirSync(backupDir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^parley-\d{8}T\d{6}Z\.backup$/);
    expect(statSync(join(backupDir, names[0]!)).mode & 0o777).toBe(0o600);
  });

  it('backs up from the running server and reads the file back', async () => {
    const result = await parley(dataDir, 'backup', file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/read back intact: .* record head \d+/);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('refuses a second server, and a restore, on the running server’s data', async () => {
    const second = await parley(dataDir, 'serve', '--port', '0');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already runs on');
    const restore = await parley(dataDir, 'restore', file);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('stop it, then restore');
  });

  it('restores into an empty directory with the same verified head, and only there', async () => {
    const target = join(root, 'restored');
    const restored = await parley(target, 'restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    const head = /head (\d+) \(([0-9a-f]{16})/.exec(restored.stdout);
    const verified = await parley(target, 'verify');
    expect(verified.stdout).toContain(`Record intact: ${head![1]} events, head ${head![2]}`);
    const again = await parley(target, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('empty database only');
  });
});
