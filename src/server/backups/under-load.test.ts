import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, recordRepo, type Database } from '../../db/index.ts';
import { messagesOf } from '../../db/testing/whole-database.ts';
import { DEMO_PASSWORD } from '../demo/accounts.ts';
import { loadDemoIfEmpty } from '../demo/astana.ts';
import { testApp, type Client, type TestApp } from '../testing/harness.ts';
import { restoreBackup } from './restore-backup.ts';
import { writeBackup, type BackupSummary } from './write-backup.ts';

// Two writers per channel, so concurrent sends to one channel are batched as the server batches
// them, and three channels, so a batch can span several.
const WRITERS: [email: string, channelKind: string][] = [
  ['government@parley.test', 'caucus'],
  ['government.member@parley.test', 'caucus'],
  ['opposition@parley.test', 'caucus'],
  ['opposition.member@parley.test', 'caucus'],
  ['mediator@parley.test', 'mediators'],
  ['russia@parley.test', 'mediators'],
];
/** Progress is counted in acknowledgements, not waited for in time: the test never sleeps. */
const BEFORE_BACKUP = 60;
const WHILE_SNAPSHOT_OPEN = 30;
const AFTER_BACKUP = 30;

interface Ack {
  id: string;
  /** The POST began after the backup's snapshot was fixed: its message cannot be in the backup. */
  sentAfterSnapshot: boolean;
}

/** The crash test's writers, in process: each posts its next message once the last is answered. */
function writers() {
  const acked: Ack[] = [];
  const waiting: (() => void)[] = [];
  let failure: Error | undefined;
  let stopping = false;
  let snapshotFixed = false;
  const wake = () => {
    for (const check of waiting.splice(0)) check();
  };
  const write = async (client: Client, channelId: string, writer: number) => {
    for (let i = 0; !stopping && !failure; i++) {
      const sentAfterSnapshot = snapshotFixed;
      const key = `load-${writer}-${i}`;
      const res = await client.post(`/api/channels/${channelId}/messages`, {
        idempotencyKey: key,
        type: 'information',
        body: `Writer ${writer}, message ${i}`,
      });
      // The acknowledgement is the 2xx answer; anything else under load is a failure of the test.
      if (res.statusCode < 200 || res.statusCode > 299)
        failure = new Error(`send ${key} answered ${res.statusCode}: ${res.body}`);
      else acked.push({ id: (res.json() as { id: string }).id, sentAfterSnapshot });
      wake();
    }
  };
  return {
    acked,
    start: (seats: { client: Client; channelId: string }[]) =>
      Promise.all(
        seats.map((s, i) =>
          // A send that throws stops the test at once rather than leaving it waiting for acks.
          write(s.client, s.channelId, i).catch((error: unknown) => {
            failure = error instanceof Error ? error : new Error(String(error));
            wake();
          }),
        ),
      ),
    /** Resolves once `condition` holds over the acknowledgements; fails if a send failed. */
    until: (condition: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (failure) reject(failure);
          else if (condition()) resolve();
          else waiting.push(check);
        };
        check();
      }),
    snapshotFixed: () => {
      snapshotFixed = true;
    },
    stop: () => {
      stopping = true;
    },
  };
}

async function seat(t: TestApp, email: string, kind: string) {
  const client = t.client();
  await client.signIn(email, DEMO_PASSWORD);
  const { processes } = (await client.get('/api/processes')).json() as {
    processes: { rounds: { id: string }[] }[];
  };
  const roundId = processes[0]!.rounds[0]!.id;
  const { channels } = (await client.get(`/api/rounds/${roundId}/channels`)).json() as {
    channels: { id: string; kind: string; canPost: boolean }[];
  };
  const channel = channels.find((c) => c.kind === kind && c.canPost);
  if (!channel) throw new Error(`${email} may not post in a ${kind} channel of the demo`);
  return { client, channelId: channel.id };
}

const byChannel = (rows: { id: string; channelId: string }[]) => {
  const ids = new Map<string, string[]>();
  for (const r of rows) ids.set(r.channelId, [...(ids.get(r.channelId) ?? []), r.id]);
  return ids;
};

let source: TestApp;
let target: Database;
let channelIds: string[];
let ackedBefore: Set<string>;
let acked: Ack[];
let summary: BackupSummary;

beforeAll(async () => {
  source = await testApp();
  await loadDemoIfEmpty(source.ctx);
  const seats = await Promise.all(WRITERS.map(([email, kind]) => seat(source, email, kind)));
  channelIds = [...new Set(seats.map((s) => s.channelId))];
  const load = writers();
  acked = load.acked;
  const writing = load.start(seats);

  await load.until(() => acked.length >= BEFORE_BACKUP);
  ackedBefore = new Set(acked.map((a) => a.id));
  // The server's own snapshot, held open until the writers have been answered some more times,
  // so writes land while the backup runs whatever the machine's speed. The snapshot has read
  // from its moment (on PostgreSQL a transaction's snapshot is fixed by its first statement, not
  // its BEGIN) by the time it says what it holds.
  const database = source.database;
  const holding: Pick<Database, 'kind' | 'readSnapshot'> = {
    kind: database.kind,
    readSnapshot: (sink) =>
      database.readSnapshot({
        begin: async (facts) => {
          load.snapshotFixed();
          await load.until(
            () => acked.filter((a) => a.sentAfterSnapshot).length >= WHILE_SNAPSHOT_OPEN,
          );
          await sink.begin(facts);
        },
        write: (chunk) => sink.write(chunk),
      }),
  };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  summary = await writeBackup(holding, out, () => new Date());
  const afterBackup = acked.length;
  await load.until(() => acked.length >= afterBackup + AFTER_BACKUP);
  load.stop();
  await writing;

  target = await openPglite();
  await restoreBackup(target, Readable.from([Buffer.concat(chunks)]));
}, 120_000);
afterAll(async () => {
  await target?.close();
  await source?.close();
});

describe('a backup taken while writers keep sending', () => {
  it('restores with a verified record ending at the head the backup names', async () => {
    const { head } = await recordRepo.readChain(target.db);
    expect(head).toMatchObject(summary.recordHead);
  });

  it('holds every message acknowledged before the backup began', async () => {
    const restored = new Set((await messagesOf(target.db, channelIds)).map((m) => m.id));
    expect(ackedBefore.size).toBeGreaterThanOrEqual(BEFORE_BACKUP);
    expect([...ackedBefore].filter((id) => !restored.has(id))).toEqual([]);
  });

  it('holds none sent after its moment, and one prefix of each channel: a single moment', async () => {
    const restored = await messagesOf(target.db, channelIds);
    const later = acked.filter((a) => a.sentAfterSnapshot).map((a) => a.id);
    expect(later.length).toBeGreaterThanOrEqual(WHILE_SNAPSHOT_OPEN);
    expect(later.filter((id) => restored.some((m) => m.id === id))).toEqual([]);
    const now = byChannel(await messagesOf(source.database.db, channelIds));
    for (const [channelId, ids] of byChannel(restored))
      expect(ids).toEqual(now.get(channelId)!.slice(0, ids.length));
  });
});
