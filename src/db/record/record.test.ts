import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain, type RecordEventDraft } from '../../core/record/chain.ts';
import { openTestDatabase, type Database } from '../connection.ts';
import { sha256 } from '../crypto.ts';
import { appendEvent, appendEvents, readChain, type RecordHead } from './record.ts';

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function chainOf(n: number) {
  database = await openTestDatabase();
  const db = database.db;
  for (let i = 1; i <= n; i++) {
    await database.transaction((tx) =>
      appendEvent(tx, {
        at: new Date(Date.UTC(2017, 0, 22, 9, i)).toISOString(),
        actorUserId: `user-${i % 3}`,
        action: 'session.schedule',
        subjectKind: 'session',
        subjectId: `session-${i}`,
        roundId: 'round-1',
        payload: { title: `Session ${i}`, index: i },
      }),
    );
  }
  const verify = async () => {
    const { events, head } = await readChain(db);
    return verifyChain(sha256, events, head);
  };
  return { db, verify };
}

describe('the stored record', () => {
  it('verifies an untouched chain', async () => {
    const { verify } = await chainOf(5);
    expect(await verify()).toEqual({
      ok: true,
      count: 5,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('catches an edited payload at that event', async () => {
    const { db, verify } = await chainOf(5);
    await db.execute(
      sql`update record_events set payload = '{"title":"Forged","index":3}' where seq = 3`,
    );
    expect(await verify()).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('catches an edited field outside the payload', async () => {
    const { db, verify } = await chainOf(5);
    await db.execute(sql`update record_events set actor_user_id = 'intruder' where seq = 2`);
    expect(await verify()).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('catches a deleted event in the middle', async () => {
    const { db, verify } = await chainOf(5);
    await db.execute(sql`delete from record_events where seq = 4`);
    expect(await verify()).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('catches a deleted tail through the head', async () => {
    const { db, verify } = await chainOf(5);
    await db.execute(sql`delete from record_events where seq = 5`);
    expect(await verify()).toMatchObject({ ok: false, firstBadSeq: 5 });
  });

  it('catches two events swapped', async () => {
    const { db, verify } = await chainOf(5);
    await db.execute(sql`update record_events set seq = -2 where seq = 2`);
    await db.execute(sql`update record_events set seq = 2 where seq = 3`);
    await db.execute(sql`update record_events set seq = 3 where seq = -2`);
    expect(await verify()).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('serializes concurrent appends into one unbroken chain', async () => {
    const { verify } = await chainOf(0);
    const db = database!;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction((tx) =>
          appendEvent(tx, {
            at: '2017-01-23T05:00:00.000Z',
            actorUserId: null,
            action: 'attendance.record',
            subjectKind: 'session',
            subjectId: `s-${i}`,
            roundId: null,
            payload: { i },
          }),
        ),
      ),
    );
    expect(await verify()).toMatchObject({ ok: true, count: 12 });
  });

  describe('appending on a guessed head', () => {
    const draft = (i: number) => ({
      at: '2017-01-23T05:00:00.000Z',
      actorUserId: null,
      action: 'message.post',
      subjectKind: 'channel',
      subjectId: `c-${i}`,
      roundId: null,
      payload: { i },
    });

    /** A writer that keeps the head it last wrote as its guess for the next append. */
    const guessingWriter = () => {
      const guess: { head?: RecordHead } = {};
      const append = async (tx: Parameters<typeof appendEvents>[0], drafts: RecordEventDraft[]) => {
        const events = await appendEvents(tx, drafts, guess.head);
        // Kept before the commit: a rollback only makes the next guess miss, and misses read.
        guess.head = events.at(-1) ?? guess.head;
      };
      return { guess, append };
    };

    it('writes on a right guess and keeps it for the next append', async () => {
      const { verify } = await chainOf(2);
      const { guess, append } = guessingWriter();
      await database!.transaction((tx) => append(tx, [draft(1), draft(2)]));
      expect(guess.head?.seq).toBe(4);
      await database!.transaction((tx) => append(tx, [draft(3)]));
      expect(guess.head?.seq).toBe(5);
      expect(await verify()).toMatchObject({ ok: true, count: 5 });
    });

    it('falls back to reading the head when another writer moved it, and writes nothing twice', async () => {
      const { db, verify } = await chainOf(1);
      const { guess, append } = guessingWriter();
      await database!.transaction((tx) => append(tx, [draft(1)]));
      // Another writer (another instance, or an append without this guess) moves the head.
      await database!.transaction((tx) => appendEvent(tx, draft(2)));
      const stale = guess.head;
      await database!.transaction((tx) => append(tx, [draft(3)]));
      expect(guess.head?.seq).toBe(4);
      expect(guess.head).not.toEqual(stale);
      const rows = await db.execute(sql`select count(*)::integer as n from record_events`);
      const n = Array.isArray(rows) ? rows[0].n : (rows as { rows: { n: number }[] }).rows[0]!.n;
      expect(n).toBe(4);
      expect(await verify()).toMatchObject({ ok: true, count: 4 });
    });

    it('recovers from a guess left by a transaction that rolled back', async () => {
      const { verify } = await chainOf(1);
      const { guess, append } = guessingWriter();
      await expect(
        database!.transaction(async (tx) => {
          await append(tx, [draft(1)]);
          throw new Error('refused after the append');
        }),
      ).rejects.toThrow('refused');
      expect(guess.head?.seq).toBe(2);
      await database!.transaction((tx) => append(tx, [draft(2)]));
      expect(await verify()).toMatchObject({ ok: true, count: 2 });
    });

    it('keeps concurrent guessing writers in one unbroken chain', async () => {
      const { verify } = await chainOf(1);
      const writers = [guessingWriter(), guessingWriter(), guessingWriter()];
      for (let round = 0; round < 4; round++) {
        await Promise.all(
          writers.map(({ append }, i) =>
            database!.transaction((tx) => append(tx, [draft(round * 10 + i)])),
          ),
        );
      }
      expect(await verify()).toMatchObject({ ok: true, count: 13 });
    });
  });
});
