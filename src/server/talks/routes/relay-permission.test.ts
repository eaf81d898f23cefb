import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../../core/talks/schemas.ts';
import type { RelayPermission } from '../../../core/vocabulary.ts';
import type { Client } from '../../testing/harness.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { liveClient } from '../../testing/live-client.ts';
import { key, talksWorld, type TalksWorld } from '../../testing/talks-world.ts';

// Design invariant 7: a relay permission is never carried over or widened silently. Until a
// mediator relays a message, its sender may narrow what the mediators may pass on, never widen it.

const t = sharedTestApp();

const narrow = (c: Client, messageId: string, relayPermission: RelayPermission | string) =>
  c.put(`/api/messages/${messageId}/relay-permission`, { relayPermission });

async function sent(w: TalksWorld, c: Client, relayPermission: RelayPermission) {
  const res = await w.post(c, w.line('opp'), `Words ${relayPermission}.`, { relayPermission });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MessageView;
}

const relay = (w: TalksWorld, sourceMessageId: string) =>
  w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
    idempotencyKey: key(),
    sourceMessageId,
    body: 'Passed on.',
  });

describe('narrowing a relay permission', () => {
  it('lets the sender narrow it step by step, recorded, and the mediators see the change', async () => {
    const w = await talksWorld(t);
    const m = await sent(w, w.c.opp, 'may_relay_attributed');
    const before = await t.recordLength();
    const once = await narrow(w.c.opp, m.id, 'may_relay');
    expect(once.statusCode, once.body).toBe(200);
    expect(once.json()).toMatchObject({ id: m.id, relayPermission: 'may_relay', relayed: false });
    expect((await narrow(w.c.opp, m.id, 'mediator_only')).json().relayPermission).toBe(
      'mediator_only',
    );
    expect(await t.recordLength()).toBe(before + 2);
    const [seen] = await w.read(w.c.un, w.line('opp'));
    expect(seen).toMatchObject({ id: m.id, relayPermission: 'mediator_only' });
    // Kept for the mediators now: a relay is refused.
    expect((await relay(w, m.id)).statusCode).toBe(403);
  });

  it('never widens it, and an unchanged permission changes nothing', async () => {
    const w = await talksWorld(t);
    const m = await sent(w, w.c.opp, 'may_relay');
    const before = await t.recordLength();
    for (const wider of ['may_relay_attributed'] as const) {
      const res = await narrow(w.c.opp, m.id, wider);
      expect([res.statusCode, res.json().error.code]).toEqual([409, 'invalid_transition']);
    }
    expect((await narrow(w.c.opp, m.id, 'may_relay')).statusCode).toBe(200);
    expect(await t.recordLength()).toBe(before);
    expect((await w.read(w.c.un, w.line('opp')))[0]!.relayPermission).toBe('may_relay');
  });

  it('is fixed once relayed, and the sender is shown that it was', async () => {
    const w = await talksWorld(t);
    const m = await sent(w, w.c.opp, 'may_relay');
    expect((await relay(w, m.id)).statusCode).toBe(200);
    const refused = await narrow(w.c.opp, m.id, 'mediator_only');
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'invalid_transition']);
    for (const reader of [w.c.opp, w.c.oppSpokesperson, w.c.un, w.c.ru]) {
      expect((await w.read(reader, w.line('opp')))[0]).toMatchObject({
        relayed: true,
        relayPermission: 'may_relay',
      });
    }
    // The relay itself, on the other line, says nothing of it.
    expect((await w.read(w.c.gov, w.line('gov')))[0]!.relayed).toBe(false);
  });

  it('belongs to the sender and its head; others are refused, outsiders find nothing', async () => {
    const w = await talksWorld(t);
    const bySpokesperson = await sent(w, w.c.oppSpokesperson, 'may_relay_attributed');
    const byHead = await sent(w, w.c.opp, 'may_relay_attributed');
    const before = await t.recordLength();
    // The head manages the delegation; the spokesperson does not narrow the head's words.
    expect((await narrow(w.c.oppSpokesperson, byHead.id, 'may_relay')).statusCode).toBe(403);
    // The mediators see the message but its permission is not theirs to set.
    expect((await narrow(w.c.un, byHead.id, 'may_relay')).statusCode).toBe(403);
    // The other party and the observer may not even know it exists.
    for (const outsider of [w.c.gov, w.c.us, w.c.operator]) {
      const real = await narrow(outsider, byHead.id, 'may_relay');
      const madeUp = await narrow(outsider, randomUUID(), 'may_relay');
      expect([real.statusCode, real.body]).toEqual([madeUp.statusCode, madeUp.body]);
      expect(real.statusCode).toBe(404);
    }
    expect(await t.recordLength()).toBe(before);
    expect((await narrow(w.c.opp, bySpokesperson.id, 'may_relay')).statusCode).toBe(200);
  });

  it('refuses bad input and messages without a permission, changing nothing', async () => {
    const w = await talksWorld(t);
    const m = await sent(w, w.c.opp, 'may_relay');
    const caucus = (await w.post(w.c.opp, await w.caucus('opp'), 'Among us.')).json();
    const before = await t.recordLength();
    expect((await narrow(w.c.opp, m.id, 'everyone')).statusCode).toBe(400);
    const onCaucus = await narrow(w.c.opp, caucus.id, 'mediator_only');
    expect([onCaucus.statusCode, onCaucus.json().error.code]).toEqual([400, 'validation_failed']);
    expect(await t.recordLength()).toBe(before);
  });

  it('reaches the line’s subscribers live: a narrowing to the mediators, a relay to the sender', async () => {
    const w = await talksWorld(t);
    const m = await sent(w, w.c.opp, 'may_relay_attributed');
    const mediator = await liveClient(t, w.c.un);
    const sender = await liveClient(t, w.c.opp);
    const otherParty = await liveClient(t, w.c.gov);
    try {
      mediator.send({ type: 'subscribe', channelId: w.line('opp'), afterSeq: 0 });
      sender.send({ type: 'subscribe', channelId: w.line('opp'), afterSeq: 0 });
      otherParty.send({ type: 'subscribe', channelId: w.line('gov'), afterSeq: 0 });
      for (const s of [mediator, sender])
        await s.until((f) => f.some((x) => x.type === 'message' && x.message.id === m.id));
      await otherParty.until((f) => f.some((x) => x.type === 'subscribed'));

      await narrow(w.c.opp, m.id, 'may_relay');
      const updated = (frames: typeof mediator.frames) =>
        frames.flatMap((f) => (f.type === 'updated' ? [f.message] : []));
      await mediator.until((f) => updated(f).some((x) => x.relayPermission === 'may_relay'));

      expect((await relay(w, m.id)).statusCode).toBe(200);
      await sender.until((f) => updated(f).some((x) => x.relayed));
      expect(updated(sender.frames).at(-1)).toMatchObject({ id: m.id, relayed: true });
      await otherParty.until((f) => f.some((x) => x.type === 'message'));
      expect(updated(otherParty.frames)).toEqual([]);
    } finally {
      for (const s of [mediator, sender, otherParty]) s.close();
    }
  });

  it('races a relay fairly: either the relay or the narrowing wins, never both', async () => {
    const w = await talksWorld(t);
    for (let i = 0; i < 8; i++) {
      const m = await sent(w, w.c.opp, 'may_relay');
      const [relayed, narrowed] = await Promise.all([
        relay(w, m.id),
        narrow(w.c.opp, m.id, 'mediator_only'),
      ]);
      const outcome = [relayed.statusCode, narrowed.statusCode];
      // Relayed first: the narrowing comes too late. Narrowed first: nothing may be relayed.
      expect([
        [200, 409],
        [403, 200],
      ]).toContainEqual(outcome);
      const [stored] = (await w.read(w.c.un, w.line('opp'))).filter((x) => x.id === m.id);
      expect(stored).toMatchObject(
        outcome[0] === 200
          ? { relayed: true, relayPermission: 'may_relay' }
          : { relayed: false, relayPermission: 'mediator_only' },
      );
    }
  });
});
