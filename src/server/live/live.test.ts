import { describe, expect, it } from 'vitest';
import { sharedTestApp } from '../testing/harness.ts';
import { liveClient, messagesIn } from '../testing/live-client.ts';
import { key, talksWorld } from '../testing/talks-world.ts';

const t = sharedTestApp();

describe('live delivery over WebSocket', () => {
  it('sends the backlog, then new messages, in order, to every audience member', async () => {
    const w = await talksWorld(t);
    await w.post(w.c.gov, w.plenary, 'One.');
    const opp = await liveClient(t, w.c.opp);
    const us = await liveClient(t, w.c.us);
    for (const s of [opp, us]) s.send({ type: 'subscribe', channelId: w.plenary, afterSeq: 0 });
    await opp.until((f) => messagesIn(f, w.plenary).length === 1);
    await w.post(w.c.gov, w.plenary, 'Two.');
    await w.post(w.c.un, w.plenary, 'Three.');
    for (const s of [opp, us]) {
      await s.until((f) => messagesIn(f, w.plenary).length === 3);
      expect(messagesIn(s.frames, w.plenary).map((m) => [m.seq, m.body])).toEqual([
        [1, 'One.'],
        [2, 'Two.'],
        [3, 'Three.'],
      ]);
      s.close();
    }
  });

  it('resumes from the last sequence seen, with no gap and no duplicate', async () => {
    const w = await talksWorld(t);
    const channel = await w.caucus('opp');
    for (const body of ['a', 'b', 'c']) await w.post(w.c.opp, channel, body);
    const first = await liveClient(t, w.c.oppSpokesperson);
    first.send({ type: 'subscribe', channelId: channel, afterSeq: 0 });
    await first.until((f) => messagesIn(f, channel).length === 3);
    first.close();
    for (const body of ['d', 'e']) await w.post(w.c.opp, channel, body);
    const again = await liveClient(t, w.c.oppSpokesperson);
    again.send({ type: 'subscribe', channelId: channel, afterSeq: 3 });
    await w.post(w.c.opp, channel, 'f');
    await again.until((f) => messagesIn(f, channel).length === 3);
    expect(messagesIn(again.frames, channel).map((m) => m.body)).toEqual(['d', 'e', 'f']);
    again.close();
  });

  it('refuses a channel outside the audience, and delivers nothing from it', async () => {
    const w = await talksWorld(t);
    const gov = await liveClient(t, w.c.gov);
    gov.send({ type: 'subscribe', channelId: w.line('opp'), afterSeq: 0 });
    gov.send({ type: 'subscribe', channelId: 'no-such-channel', afterSeq: 0 });
    await gov.until((f) => f.filter((x) => x.type === 'error').length === 2);
    await w.post(w.c.opp, w.line('opp'), 'Secret.');
    await new Promise((r) => setTimeout(r, 200));
    expect(gov.frames.every((f) => f.type === 'error' && f.code === 'forbidden')).toBe(true);
    gov.close();
  });

  it('shows a relay live to the other party as from the mediators', async () => {
    const w = await talksWorld(t);
    const gov = await liveClient(t, w.c.gov);
    gov.send({ type: 'subscribe', channelId: w.line('gov'), afterSeq: 0 });
    await gov.until((f) => f.some((x) => x.type === 'subscribed'));
    const source = (
      await w.post(w.c.opp, w.line('opp'), 'Exact words.', { relayPermission: 'may_relay' })
    ).json();
    await w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: source.id,
      body: 'In other words.',
    });
    await gov.until((f) => messagesIn(f, w.line('gov')).length === 1);
    expect(messagesIn(gov.frames, w.line('gov'))[0]).toMatchObject({
      body: 'In other words.',
      from: { kind: 'mediators' },
      relay: { sourceMessageId: null, attributedTo: null },
    });
    expect(JSON.stringify(gov.frames)).not.toContain(source.id);
    gov.close();
  });

  it('stops a removed member at once', async () => {
    const w = await talksWorld(t);
    const channel = await w.caucus('opp');
    const spokesperson = await liveClient(t, w.c.oppSpokesperson);
    spokesperson.send({ type: 'subscribe', channelId: channel, afterSeq: 0 });
    await spokesperson.until((f) => f.some((x) => x.type === 'subscribed'));
    const roster = (await w.c.opp.get(`/api/rounds/${w.roundId}`))
      .json()
      .participants.find((p: { id: string }) => p.id === w.people.opp!.participantId).delegation;
    const memberId = roster.find((m: { role: string }) => m.role === 'spokesperson').id;
    expect((await w.c.opp.del(`/api/members/${memberId}`)).statusCode).toBe(200);
    await spokesperson.until((f) => f.some((x) => x.type === 'revoked'));
    await w.post(w.c.opp, channel, 'After the removal.');
    await new Promise((r) => setTimeout(r, 200));
    expect(messagesIn(spokesperson.frames, channel)).toEqual([]);
    spokesperson.close();
  });

  it('answers a malformed frame with an error and keeps the connection', async () => {
    const w = await talksWorld(t);
    const c = await liveClient(t, w.c.gov);
    c.send('{not json');
    c.send({ type: 'subscribe', channelId: w.plenary });
    c.send({ type: 'ping' });
    await c.until((f) => f.some((x) => x.type === 'pong'));
    expect(
      c.frames.filter((f) => f.type === 'error').map((f) => f.type === 'error' && f.code),
    ).toEqual(['validation_failed', 'validation_failed']);
    c.close();
  });

  it('refuses an unsigned connection', async () => {
    await expect(t.app.injectWS('/api/live')).rejects.toThrow();
  });
});
