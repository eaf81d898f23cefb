import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/record/chain.ts';
import { records, sha256 } from '../../db/index.ts';
import { loadPrincipal } from '../cached-reads.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { key, talksWorld } from '../testing/talks-world.ts';
import { loadChannel, postMessage } from './talks.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

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
    const before = (await records.readChain(t.ctx.database.db)).events.length;
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
    const chain = await records.readChain(t.ctx.database.db);
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
    const chain = await records.readChain(t.ctx.database.db);
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
