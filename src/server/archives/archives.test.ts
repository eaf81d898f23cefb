import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyArchive } from '../../core/archives/index.ts';
import type { ChannelView } from '../../core/talks/schemas.ts';
import { sha256 } from '../../db/index.ts';
import { DEMO_PASSWORD } from '../demo/accounts.ts';
import { loadDemoIfEmpty } from '../demo/astana.ts';
import { testApp, type Client, type TestApp } from '../testing/harness.ts';
import { key } from '../testing/talks-world.ts';
import { anAccount } from '../testing/factories.ts';

const hashBytes = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const ports = { sha256, hashBytes };
const HEADS = ['mediator', 'russia', 'government', 'opposition', 'observer'] as const;
type Head = (typeof HEADS)[number];

let t: TestApp;
let roundId: string;
const clients = new Map<string, Client>();
/** Each head's words, one per channel it could post in, and the channels each could read. */
const said = new Map<string, { channelId: string; head: Head }>();
const readable = new Map<Head, Set<string>>();
const archives = new Map<Head, Map<string, Uint8Array>>();

const signedIn = async (who: string) => {
  const c = t.client();
  await c.signIn(`${who}@parley.test`, DEMO_PASSWORD);
  return c;
};
const download = (c: Client, query = '') => c.get(`/api/rounds/${roundId}/archive${query}`);
const unzip = (bytes: Buffer) => new Map(Object.entries(unzipSync(new Uint8Array(bytes))));

const ANNEX = Buffer.from('%PDF-1.4 annex: lines of contact near Wadi Barada');

/** The government's head sends its caucus a file. */
async function sendAnnex() {
  const c = clients.get('government')!;
  const { channels } = (await c.get(`/api/rounds/${roundId}/channels`)).json() as {
    channels: ChannelView[];
  };
  const caucus = channels.find((ch) => ch.kind === 'caucus')!;
  const up = await c.request(
    'POST',
    `/api/channels/${caucus.id}/attachments?filename=annex.pdf`,
    ANNEX,
    { 'content-type': 'application/pdf' },
  );
  expect(up.statusCode, up.body).toBe(200);
  const body = `canary government annex ${key()}`;
  const sent = await c.post(`/api/channels/${caucus.id}/messages`, {
    idempotencyKey: key(),
    type: 'statement',
    body,
    attachmentIds: [up.json().id],
  });
  expect(sent.statusCode, sent.body).toBe(200);
  said.set(body, { channelId: caucus.id, head: 'government' });
}

beforeAll(async () => {
  t = await testApp();
  await loadDemoIfEmpty(t.ctx);
  for (const who of [...HEADS, 'government.member']) clients.set(who, await signedIn(who));
  const mediator = clients.get('mediator')!;
  roundId = (await mediator.get('/api/processes')).json().processes[0].rounds[0].id;
  for (const head of HEADS) {
    const c = clients.get(head)!;
    const { channels } = (await c.get(`/api/rounds/${roundId}/channels`)).json() as {
      channels: ChannelView[];
    };
    readable.set(head, new Set(channels.map((ch) => ch.id)));
    for (const ch of channels.filter((x) => x.canPost)) {
      const body = `canary ${head} in ${ch.kind} ${key()}`;
      const posted = await c.post(`/api/channels/${ch.id}/messages`, {
        idempotencyKey: key(),
        type: 'statement',
        body,
      });
      expect(posted.statusCode, posted.body).toBe(200);
      said.set(body, { channelId: ch.id, head });
    }
  }
  await sendAnnex();
  t.ports.clock.set(new Date('2017-01-25T12:00:00Z'));
  for (const head of HEADS) {
    const res = await download(clients.get(head)!);
    expect(res.statusCode, res.body).toBe(200);
    archives.set(head, unzip(res.rawPayload));
  }
}, 120_000);
afterAll(() => t.close());

describe('a delegation’s archive of a round', () => {
  it.each(HEADS)('verifies offline for the %s’s head, every message against the record', (head) => {
    const verdict = verifyArchive(archives.get(head)!, ports);
    expect(verdict.problems).toEqual([]);
    const own = [...said.values()].filter((s) => readable.get(head)!.has(s.channelId));
    expect(verdict.checked.messages).toBe(own.length);
    expect(verdict.checked.events).toBeGreaterThan(own.length);
    expect(verdict.checked.revisions).toBeGreaterThan(0);
    expect(verdict.checked.attachments).toBe(head === 'government' ? 1 : 0);
  });

  it.each(HEADS)('holds the %s’s channels and words, and nobody else’s', (head) => {
    const files = archives.get(head)!;
    const channels = [...files.keys()].filter((p) => p.startsWith('channels/'));
    expect(channels.map((p) => p.slice(9, -5)).sort()).toEqual([...readable.get(head)!].sort());
    const everything = [...files.values()].map((b) => Buffer.from(b).toString('latin1')).join();
    for (const [body, where] of said)
      expect(everything.includes(body), `${head} and “${body}”`).toBe(
        readable.get(head)!.has(where.channelId),
      );
  });

  it('gives two holders of one round the same tree', () => {
    const roots = HEADS.map(
      (h) => JSON.parse(Buffer.from(archives.get(h)!.get('manifest.json')!).toString()).record,
    );
    expect(new Set(roots.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('is refused while the round is on, to those who head no delegation, and to strangers', async () => {
    t.ports.clock.set(new Date('2017-01-24T12:00:00Z'));
    const early = await download(clients.get('government')!);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'invalid_transition']);
    t.ports.clock.set(new Date('2017-01-25T12:00:00Z'));
    expect((await download(clients.get('government.member')!)).statusCode).toBe(403);
    expect((await download(await signedIn('other-groups'))).statusCode).toBe(403);
    const stranger = await anAccount(t);
    expect((await download(await t.signedIn(stranger.email))).statusCode).toBe(404);
  });
});

/** The archive with one file changed and the manifest's digest of it brought in line. */
function reworked(files: Map<string, Uint8Array>, path: string, change: (text: string) => string) {
  const copy = new Map(files);
  copy.set(path, strToU8(change(Buffer.from(files.get(path)!).toString('utf8'))));
  const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8'));
  manifest.files[path] = createHash('sha256').update(copy.get(path)!).digest('hex');
  copy.set('manifest.json', strToU8(JSON.stringify(manifest)));
  return copy;
}

describe('an archive someone changed', () => {
  const files = () => archives.get('government')!;
  const caucusFile = () => [...files().keys()].find((p) => p.startsWith('channels/'))!;

  it('fails when a file differs from its manifest', () => {
    const copy = new Map(files());
    copy.set(caucusFile(), strToU8('{}'));
    expect(verifyArchive(copy, ports).problems).toContain(`${caucusFile()} was altered`);
  });

  it('fails when a message is reworded, even with the manifest redone', () => {
    const path = [...files().keys()].find(
      (p) => p.startsWith('channels/') && Buffer.from(files().get(p)!).includes('canary'),
    )!;
    const verdict = verifyArchive(
      reworked(files(), path, (s) => s.replaceAll('canary', 'parrot')),
      ports,
    );
    expect(verdict.problems.join()).toMatch(/differs from what the record holds/);
  });

  it('fails when the record’s root is not the one its events prove', () => {
    const verdict = verifyArchive(
      reworked(files(), 'record/events.json', (s) => s.replace(/"hash": "(.)/, '"hash": "0')),
      ports,
    );
    expect(verdict.ok).toBe(false);
  });

  it('is checked by `parley verify --archive`, which says what broke', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-archive-'));
    try {
      const good = join(dir, 'good.zip');
      writeFileSync(good, zipSync(Object.fromEntries(files())));
      const run = promisify(execFile);
      const cli = ['--import', 'tsx', 'src/cli/main.ts', 'verify', '--archive'];
      const ok = await run(process.execPath, [...cli, good]);
      expect(ok.stdout).toMatch(/Archive intact: .* messages, \d+ revisions/);
      const bad = join(dir, 'bad.zip');
      const altered = new Map(files());
      altered.delete(caucusFile());
      writeFileSync(bad, zipSync(Object.fromEntries(altered)));
      await expect(run(process.execPath, [...cli, bad])).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('is missing'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
