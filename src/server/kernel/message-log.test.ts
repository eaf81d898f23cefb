import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/record/chain.ts';
import { recordRepo, sha256, talkRepo } from '../../db/index.ts';
import { loadPrincipal } from './cached-reads.ts';
import { sharedTestApp } from '../testing/harness.ts';
import { key, talksWorld } from '../testing/talks-world.ts';
import { loadChannel } from '../talks/sending.ts';
import { postMessage } from '../talks/post-message.ts';
import { commit } from './unit-of-work.ts';

const t = sharedTestApp();

/** The opposition's caucus, loaded once, and its two members as principals. */
async function oppositionCaucus() {
  const w = await talksWorld(t);
  const caucus = await w.caucus('opp');
  const preloaded = await loadChannel(t.ctx.database.db, caucus);
  const at = { roundId: w.roundId, processId: w.processId };
  const principal = (userId: string) =>
    loadPrincipal(t.ctx.database.db, { userId, isOperator: false }, at);
  return {
    w,
    caucus,
    preloaded,
    head: await principal(w.people.opp!.head.id),
    spokesperson: await principal(w.people.opp!.members[0]!.id),
  };
}

// Sends submitted in one tick meet in one batch: this drives the batch path the HTTP tests rarely
// reach. The channel is loaded once and handed over, as the decision point does, so that each send
// is submitted in call order (on PostgreSQL, reads on several connections finish in any order).
describe('sends committed as one batch', () => {
  it('take contiguous places, read for their senders, with one record event each', async () => {
    const { w, caucus, preloaded, head, spokesperson } = await oppositionCaucus();
    const before = (await recordRepo.readChain(t.ctx.database.db)).events.length;
    const sent = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        postMessage(
          t.ctx,
          i % 2 ? head : spokesperson,
          caucus,
          {
            idempotencyKey: key(),
            type: 'statement',
            body: `batch ${i}`,
          },
          preloaded,
        ),
      ),
    );
    expect(sent.map((m) => m.body)).toEqual(Array.from({ length: 12 }, (_, i) => `batch ${i}`));
    // Places follow commit order; nothing here relies on it matching call order.
    expect(sent.map((m) => m.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const stored = await w.read(w.c.opp, caucus);
    expect(stored.map((m) => [m.id, m.seq])).toEqual(
      [...sent].sort((a, b) => a.seq - b.seq).map((m) => [m.id, m.seq]),
    );

    for (const [client, parity] of [
      [w.c.opp, 1],
      [w.c.oppSpokesperson, 0],
    ] as const) {
      const ownLast = Math.max(...sent.filter((_, i) => i % 2 === parity).map((m) => m.seq));
      const listed = (await w.channels(client)).find((c) => c.id === caucus)!;
      expect(listed.unread).toBe(12 - ownLast);
    }
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, chain.events, chain.head)).toMatchObject({ ok: true });
    const events = chain.events.slice(before);
    expect(events.map((e) => [e.action, e.payload.messageId, e.payload.seq])).toEqual(
      [...sent].sort((a, b) => a.seq - b.seq).map((m) => ['message.post', m.id, m.seq]),
    );
  });

  it('refuse one send alone, and keep the others', async () => {
    const { w, caucus, preloaded, head } = await oppositionCaucus();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        postMessage(
          t.ctx,
          head,
          caucus,
          {
            idempotencyKey: key(),
            type: 'statement',
            body: `send ${i}`,
            ...(i === 3 ? { replyToId: 'no-such-message' } : {}),
          },
          preloaded,
        ),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const stored = await w.read(w.c.opp, caucus);
    expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(stored.map((m) => m.body).sort()).toEqual([
      'send 0',
      'send 1',
      'send 2',
      'send 4',
      'send 5',
    ]);
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, chain.events, chain.head)).toMatchObject({ ok: true });
  });

  it('number each channel of a mixed batch on its own', async () => {
    const { w, caucus, preloaded, head } = await oppositionCaucus();
    const line = w.line('opp');
    const onLine = await loadChannel(t.ctx.database.db, line);
    const sent = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postMessage(
          t.ctx,
          head,
          i % 2 ? line : caucus,
          {
            idempotencyKey: key(),
            type: 'statement',
            body: `mixed ${i}`,
            ...(i % 2 ? { relayPermission: 'mediator_only' as const } : {}),
          },
          i % 2 ? onLine : preloaded,
        ),
      ),
    );
    for (const channel of [caucus, line]) {
      const mine = sent.filter((m) => m.channelId === channel).map((m) => m.seq);
      expect(mine.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
      const stored = await w.read(w.c.opp, channel);
      expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    }
  });
});

// The embedded database has one writer, this process: after its first batch in a channel, a batch
// writes at the places it left (channel and record head) without reading them, and a place moved
// by any other writer is detected, rolled back and read. On PostgreSQL batches always read (other
// instances write too), and the same sends must land the same way.
describe('sends placed where the last batch left off', () => {
  const send = (
    ctx: Awaited<ReturnType<typeof oppositionCaucus>>,
    body: string,
    extra: { replyToId?: string } = {},
  ) =>
    postMessage(
      t.ctx,
      ctx.head,
      ctx.caucus,
      { idempotencyKey: key(), type: 'statement', body, ...extra },
      ctx.preloaded,
    );

  it('guess right in turn, and read again when another writer moved a place', async () => {
    const ctx = await oppositionCaucus();
    const placed = t.placed;
    const guesses = t.ctx.database.kind === 'pglite' ? 1 : 0;
    await send(ctx, 'first, read');
    const before = { ...placed };
    await send(ctx, 'second, guessed');
    expect(placed.guessed).toBe(before.guessed + guesses);

    // Another writer moves the record's head…
    await commit(t.ctx, null, null, async (_tx, record) => {
      await record('channel.reopen', { kind: 'channel', id: 'moved-by-another-writer' }, {});
    });
    await send(ctx, 'third, after the head moved');
    expect(placed.missed).toBe(before.missed + guesses);

    // …or stores a message in the channel itself.
    await t.database.transaction((tx) =>
      talkRepo.appendMessages(tx, [
        {
          id: 'stored-by-another-writer',
          relayedAt: null,
          channelId: ctx.caucus,
          senderUserId: ctx.head.userId,
          senderParticipantId: ctx.w.people.opp!.participantId,
          type: 'statement',
          body: 'elsewhere',
          replyToId: null,
          correctionOfId: null,
          relayPermission: null,
          relaySourceId: null,
          relayAttributedTo: null,
          idempotencyKey: key(),
          createdAt: new Date('2017-01-23T05:00:00Z'),
        },
      ]),
    );
    const fifth = await send(ctx, 'fifth, after the channel moved');
    expect(placed.missed).toBe(before.missed + 2 * guesses);
    expect(fifth.seq).toBe(5);
    await send(ctx, 'sixth, guessed again');
    expect(placed.guessed).toBe(before.guessed + 2 * guesses);
    expect(placed.read).toBe(before.read + 4 - 2 * guesses);

    const stored = await ctx.w.read(ctx.w.c.opp, ctx.caucus);
    expect(stored.map((m) => [m.seq, m.body])).toEqual([
      [1, 'first, read'],
      [2, 'second, guessed'],
      [3, 'third, after the head moved'],
      [4, 'elsewhere'],
      [5, 'fifth, after the channel moved'],
      [6, 'sixth, guessed again'],
    ]);
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, chain.events, chain.head)).toMatchObject({ ok: true });
    const posted = chain.events.filter(
      (e) => e.action === 'message.post' && e.subjectId === ctx.caucus,
    );
    expect(posted.map((e) => e.payload.seq)).toEqual([1, 2, 3, 5, 6]);
  });

  it('refuse one send of a guessed batch alone, and keep the others in place', async () => {
    const ctx = await oppositionCaucus();
    const placed = t.placed;
    await send(ctx, 'warm-up');
    const guessedBefore = placed.guessed;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) =>
        send(ctx, `batch ${i}`, i === 1 ? { replyToId: 'no-such-message' } : {}),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    await send(ctx, 'after');
    if (t.ctx.database.kind === 'pglite') expect(placed.guessed).toBeGreaterThan(guessedBefore);
    else expect(placed.guessed).toBe(0);
    const stored = await ctx.w.read(ctx.w.c.opp, ctx.caucus);
    expect(stored.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, chain.events, chain.head)).toMatchObject({ ok: true });
  });

  it('answer a retried key with the first message from a guessed batch', async () => {
    const ctx = await oppositionCaucus();
    await send(ctx, 'warm-up');
    const idempotencyKey = key();
    const post = () =>
      postMessage(
        t.ctx,
        ctx.head,
        ctx.caucus,
        { idempotencyKey, type: 'statement', body: 'once' },
        ctx.preloaded,
      );
    const first = await post();
    const again = await post();
    expect(again.id).toBe(first.id);
    expect((await ctx.w.read(ctx.w.c.opp, ctx.caucus)).map((m) => m.body)).toEqual([
      'warm-up',
      'once',
    ]);
  });
});
