import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../../core/talks/schemas.ts';
import { verifyChain } from '../../../core/record/chain.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../core/talks/files.ts';
import { recordRepo, sha256 } from '../../../db/index.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { key, talksWorld } from '../../testing/talks-world.ts';

const t = sharedTestApp();

describe('concurrent sends', () => {
  it('commit as one batch in order, each sender’s own words read, the record unbroken', async () => {
    const w = await talksWorld(t);
    const caucus = await w.caucus('opp');
    const senders = [w.c.opp, w.c.oppSpokesperson];
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 2
          ? w.post(w.c.gov, w.plenary, `plenary ${i}`)
          : w.post(senders[i % 2]!, caucus, `caucus ${i}`),
      ),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    for (const channel of [caucus, w.plenary]) {
      const stored = await w.read(w.c.opp, channel);
      expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
      // Sequence follows the order the sends were taken, which is the order they were answered.
      const answered = results
        .map((r) => r.json() as MessageView)
        .filter((m) => m.channelId === channel);
      expect(stored.map((m) => [m.id, m.seq])).toEqual(
        answered.sort((a, b) => a.seq - b.seq).map((m) => [m.id, m.seq]),
      );
    }
    for (const sender of senders) {
      const listed = (await w.channels(sender)).find((c) => c.id === caucus)!;
      const mine = (await w.read(sender, caucus)).filter((m) =>
        results.some((r, i) => i % 3 !== 2 && senders[i % 2] === sender && r.json().id === m.id),
      );
      expect(mine.length).toBe(8);
      // Unread counts only what came after one's own last message.
      expect(listed.unread).toBe(listed.lastSeq - Math.max(...mine.map((m) => m.seq)));
    }
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, chain.events, chain.head)).toMatchObject({ ok: true });
    expect(chain.events.filter((e) => e.action === 'message.post').length).toBeGreaterThanOrEqual(
      24,
    );
  });

  it('commit together without gaps, and a refused send fails alone', async () => {
    const w = await talksWorld(t);
    const channel = await w.caucus('opp');
    const sends = Array.from({ length: 30 }, (_, i) =>
      i % 10 === 9
        ? w.post(w.c.opp, channel, `bad ${i}`, { replyToId: 'no-such-message' })
        : w.post(i % 2 ? w.c.opp : w.c.oppSpokesperson, channel, `message ${i}`),
    );
    const results = await Promise.all(sends);
    expect(results.map((r) => r.statusCode)).toEqual(
      Array.from({ length: 30 }, (_, i) => (i % 10 === 9 ? 400 : 200)),
    );
    const stored = await w.read(w.c.opp, channel);
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(new Set(stored.map((m) => m.body)).size).toBe(27);
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, chain.events, chain.head)).toMatchObject({ ok: true });
    // One event per stored message, none for a refused one.
    const posted = chain.events
      .filter((e) => e.action === 'message.post' && e.subjectId === channel)
      .map((e) => e.payload.messageId);
    expect(posted.sort()).toEqual(stored.map((m) => m.id).sort());
  });
});

describe('bad input to the talks', () => {
  it('gets a clear error and changes nothing', async () => {
    const w = await talksWorld(t);
    const elsewhere = await talksWorld(t);
    const theirCaucus = await elsewhere.caucus('opp');
    const theirWords = (
      await elsewhere.post(elsewhere.c.opp, elsewhere.line('opp'), 'Another round.', {
        relayPermission: 'may_relay',
      })
    ).json() as MessageView;
    const idempotencyKey = key();
    const kept = (
      await w.c.opp.post(`/api/channels/${w.line('opp')}/messages`, {
        idempotencyKey,
        type: 'statement',
        body: 'For you only.',
        relayPermission: 'mediator_only',
      })
    ).json() as MessageView;
    const before = {
      record: await t.recordLength(),
      line: await w.read(w.c.un, w.line('opp')),
      theirs: await elsewhere.read(elsewhere.c.opp, theirCaucus),
    };

    const unknown = await w.post(w.c.opp, 'no-such-channel', 'Hello?');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'not_found']);

    const otherRound = await w.post(w.c.opp, theirCaucus, 'Not my round.');
    expect(otherRound.statusCode).toBe(404);

    const relayAcross = await w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: theirWords.id,
      body: 'From another round.',
    });
    expect([relayAcross.statusCode, relayAcross.json().error.code]).toEqual([404, 'not_found']);

    // A permission cannot be raised after the fact: the retried key answers the first message.
    const upgrade = await w.c.opp.post(`/api/channels/${w.line('opp')}/messages`, {
      idempotencyKey,
      type: 'statement',
      body: 'For you only.',
      relayPermission: 'may_relay_attributed',
    });
    expect(upgrade.json()).toMatchObject({ id: kept.id, relayPermission: 'mediator_only' });
    const relayKept = await w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: kept.id,
      body: 'For you only.',
    });
    expect(relayKept.statusCode).toBe(403);

    const oversized = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    oversized.write('%PDF-1.4\n');
    const big = await w.c.opp.request(
      'POST',
      `/api/channels/${w.line('opp')}/attachments?filename=big.pdf`,
      oversized,
      { 'content-type': 'application/pdf' },
    );
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'payload_too_large']);

    expect(await t.recordLength()).toBe(before.record);
    expect(await w.read(w.c.un, w.line('opp'))).toEqual(before.line);
    expect(await w.read(w.c.gov, w.line('gov'))).toEqual([]);
    expect(await elsewhere.read(elsewhere.c.opp, theirCaucus)).toEqual(before.theirs);
  });
});
