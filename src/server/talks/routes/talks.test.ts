import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../../core/talks/schemas.ts';
import { recordRepo } from '../../../db/index.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { key, talksWorld } from '../../testing/talks-world.ts';

const t = sharedTestApp();

describe('channels', () => {
  it('exist from the round’s shape, and each role lists only its own', async () => {
    const w = await talksWorld(t);
    const kinds = async (client: Client) =>
      (await w.channels(client)).map((ch) => `${ch.kind}:${ch.ownerParticipantId ?? ''}`).sort();
    const P = w.people;
    expect(await kinds(w.c.gov)).toEqual(
      [`caucus:${P.gov!.participantId}`, `line:${P.gov!.participantId}`, 'plenary:'].sort(),
    );
    expect(await kinds(w.c.un)).toEqual(
      [
        `caucus:${P.un!.participantId}`,
        `line:${P.gov!.participantId}`,
        `line:${P.opp!.participantId}`,
        'mediators:',
        'plenary:',
      ].sort(),
    );
    expect(await kinds(w.c.us)).toEqual([`caucus:${P.us!.participantId}`, 'plenary:'].sort());
    expect((await w.c.operator.get(`/api/rounds/${w.roundId}/channels`)).statusCode).toBe(403);
  });

  it('say who reads them, and show their latest message as the viewer may see it', async () => {
    const w = await talksWorld(t);
    const P = w.people;
    const byKind = async (client: Client) =>
      new Map((await w.channels(client)).map((ch) => [ch.kind, ch]));
    const gov = await byKind(w.c.gov);
    expect(gov.get('caucus')!.audienceParticipantIds).toEqual([P.gov!.participantId]);
    expect(gov.get('line')!.audienceParticipantIds.sort()).toEqual(
      [P.gov!.participantId, P.un!.participantId, P.ru!.participantId].sort(),
    );
    expect(gov.get('plenary')!.audienceParticipantIds).toContain(P.us!.participantId);
    expect(gov.get('line')!.lastMessage).toBeNull();

    const long = `The mediators propose a pause. ${'More words. '.repeat(20)}`;
    await w.post(w.c.un, w.line('gov'), long);
    const line = (await byKind(w.c.gov)).get('line')!;
    // On its line a party never learns which mediator wrote (invariant 2), not even in the list.
    expect(line.lastMessage).toMatchObject({
      seq: 1,
      type: 'statement',
      from: { kind: 'mediators' },
    });
    expect(line.lastMessage!.excerpt.length).toBeLessThanOrEqual(140);
    expect(line.lastMessage!.excerpt.endsWith('…')).toBe(true);
    expect(JSON.stringify(line)).not.toContain(P.un!.head.id);
    const asMediator = (await w.channels(w.c.un)).find((c) => c.id === w.line('gov'))!;
    expect(asMediator.lastMessage!.from).toEqual({
      kind: 'participant',
      participantId: P.un!.participantId,
      userId: P.un!.head.id,
    });
  });
});

describe('the proximity lines', () => {
  it('keep a party’s words from the other party and from observers', async () => {
    const w = await talksWorld(t);
    const sent = await w.post(w.c.opp, w.line('opp'), 'We will not sit with them.');
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ seq: 1, relayPermission: 'mediator_only' });
    for (const outsider of [w.c.gov, w.c.us, w.c.operator]) {
      expect((await outsider.get(`/api/channels/${w.line('opp')}/messages`)).statusCode).toBe(404);
    }
    expect((await w.read(w.c.un, w.line('opp'))).map((m) => m.body)).toEqual([
      'We will not sit with them.',
    ]);
    expect((await w.read(w.c.ru, w.line('opp'))).map((m) => m.body)).toEqual([
      'We will not sit with them.',
    ]);
  });

  it('relay a paraphrase "from the mediators", with no trace of the source', async () => {
    const w = await talksWorld(t);
    const source = (
      await w.post(w.c.opp, w.line('opp'), 'We accept a ceasefire in Wadi Barada.', {
        relayPermission: 'may_relay',
      })
    ).json() as MessageView;
    const relayed = await w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: source.id,
      body: 'The other side is open to a local ceasefire.',
    });
    expect(relayed.statusCode, relayed.body).toBe(200);
    expect(relayed.json().relay).toEqual({ sourceMessageId: source.id, attributedTo: null });
    const [seen] = await w.read(w.c.gov, w.line('gov'));
    expect(seen).toMatchObject({
      body: 'The other side is open to a local ceasefire.',
      from: { kind: 'mediators' },
      relay: { sourceMessageId: null, attributedTo: null },
    });
    const raw = JSON.stringify(
      await w.c.gov.get(`/api/channels/${w.line('gov')}/messages`).then((r) => r.json()),
    );
    expect(raw).not.toContain(source.id);
    expect(raw).not.toContain(w.people.opp!.participantId);
    expect(raw).not.toContain(w.people.un!.participantId);
    expect(raw).not.toContain(w.people.un!.head.id);
  });

  it('name the source party only under may_relay_attributed', async () => {
    const w = await talksWorld(t);
    const plain = (
      await w.post(w.c.opp, w.line('opp'), 'Plain.', { relayPermission: 'may_relay' })
    ).json() as MessageView;
    const named = (
      await w.post(w.c.opp, w.line('opp'), 'Named.', { relayPermission: 'may_relay_attributed' })
    ).json() as MessageView;
    const relay = (sourceMessageId: string, attribute: boolean) =>
      w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
        idempotencyKey: key(),
        sourceMessageId,
        body: 'Relayed.',
        attribute,
      });
    const refused = await relay(plain.id, true);
    expect(refused.statusCode).toBe(403);
    expect((await relay(named.id, true)).statusCode).toBe(200);
    const seen = await w.read(w.c.gov, w.line('gov'));
    expect(seen.map((m) => m.relay)).toEqual([
      { sourceMessageId: null, attributedTo: w.people.opp!.participantId },
    ]);
  });

  it('refuse to relay what the sender kept for the mediators, or what the mediator cannot see', async () => {
    const w = await talksWorld(t);
    const kept = (await w.post(w.c.opp, w.line('opp'), 'For you only.')).json() as MessageView;
    const caucusWords = (
      await w.post(w.c.opp, await w.caucus('opp'), 'Internal.')
    ).json() as MessageView;
    const before = await t.recordLength();
    const a = await w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: kept.id,
      body: 'x',
    });
    expect(a.statusCode).toBe(403);
    const b = await w.c.un.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: caucusWords.id,
      body: 'x',
    });
    expect(b.statusCode).toBe(404);
    const c = await w.c.gov.post(`/api/channels/${w.line('gov')}/relays`, {
      idempotencyKey: key(),
      sourceMessageId: kept.id,
      body: 'x',
    });
    expect(c.statusCode).toBe(403);
    expect(await t.recordLength()).toBe(before);
    expect(await w.read(w.c.gov, w.line('gov'))).toEqual([]);
  });

  it('refuse a relay permission outside one’s own line', async () => {
    const w = await talksWorld(t);
    const res = await w.post(w.c.un, w.line('opp'), 'A question from us.', {
      relayPermission: 'may_relay',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('messages', () => {
  it('are numbered per channel, and a retried send never duplicates', async () => {
    const w = await talksWorld(t);
    const channel = await w.caucus('opp');
    const body = {
      idempotencyKey: key(),
      type: 'question',
      body: 'Do we attend the opening session?',
    };
    const first = (await w.c.opp.post(`/api/channels/${channel}/messages`, body)).json();
    const retry = (await w.c.opp.post(`/api/channels/${channel}/messages`, body)).json();
    expect(retry).toEqual(first);
    const second = (
      await w.post(w.c.oppSpokesperson, channel, 'Yes, to the round table.', {
        replyToId: first.id,
      })
    ).json();
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect((await w.read(w.c.opp, channel)).map((m) => [m.seq, m.replyToId])).toEqual([
      [1, null],
      [2, first.id],
    ]);
  });

  it('are corrected by a new message citing the old, and cite only their own channel', async () => {
    const w = await talksWorld(t);
    const channel = await w.caucus('gov');
    const wrong = (await w.post(w.c.gov, channel, 'Talks start at 10.')).json();
    const fix = await w.post(w.c.gov, channel, 'Correction: at 11.', { correctionOfId: wrong.id });
    expect(fix.json().correctionOfId).toBe(wrong.id);
    const elsewhere = (await w.post(w.c.gov, w.plenary, 'Good morning.')).json();
    const bad = await w.post(w.c.gov, channel, 'Replying across channels.', {
      replyToId: elsewhere.id,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('enter the record as a digest only', async () => {
    const w = await talksWorld(t);
    await w.post(w.c.opp, await w.caucus('opp'), 'Commander X will attend.');
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(JSON.stringify(chain.events)).not.toContain('Commander X');
    expect(chain.events.at(-1)).toMatchObject({
      action: 'message.post',
      payload: { seq: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  it('let observers read plenary business without speaking', async () => {
    const w = await talksWorld(t);
    await w.post(w.c.gov, w.plenary, 'Opening remarks.');
    expect((await w.read(w.c.us, w.plenary)).map((m) => m.body)).toEqual(['Opening remarks.']);
    expect((await w.post(w.c.us, w.plenary, 'May I?')).statusCode).toBe(403);
  });

  it('count unread per viewer', async () => {
    const w = await talksWorld(t);
    await w.post(w.c.gov, w.plenary, 'One.');
    await w.post(w.c.gov, w.plenary, 'Two.');
    const unread = async (c: Client) =>
      (await w.channels(c)).find((ch) => ch.id === w.plenary)!.unread;
    expect(await unread(w.c.opp)).toBe(2);
    expect(await unread(w.c.gov), 'one’s own words are never unread').toBe(0);
    await w.c.opp.put(`/api/channels/${w.plenary}/read`, { seq: 1 });
    expect(await unread(w.c.opp)).toBe(1);
  });
});

describe('a member removed from a delegation', () => {
  it('can neither post nor read in its channels from the next request on', async () => {
    const w = await talksWorld(t);
    const caucus = await w.caucus('opp');
    // Warm every read the decision point keeps in memory for this member.
    expect((await w.post(w.c.oppSpokesperson, caucus, 'Before.')).statusCode).toBe(200);
    expect((await w.c.oppSpokesperson.get(`/api/channels/${caucus}/messages`)).statusCode).toBe(
      200,
    );
    const roster = (await w.c.opp.get(`/api/rounds/${w.roundId}`))
      .json()
      .participants.find((p: { id: string }) => p.id === w.people.opp!.participantId).delegation;
    const spokesperson = roster.find((m: { role: string }) => m.role === 'spokesperson').id;
    expect((await w.c.opp.del(`/api/members/${spokesperson}`)).statusCode).toBe(200);

    expect((await w.post(w.c.oppSpokesperson, caucus, 'After.')).statusCode).toBe(404);
    expect((await w.c.oppSpokesperson.get(`/api/channels/${caucus}/messages`)).statusCode).toBe(
      404,
    );
    expect((await w.read(w.c.opp, caucus)).map((m) => m.body)).toEqual(['Before.']);
  });

  it('keeps a signed-out session out at once', async () => {
    const w = await talksWorld(t);
    expect((await w.post(w.c.gov, w.plenary, 'Signed in.')).statusCode).toBe(200);
    const cookie = w.c.gov.cookie;
    expect((await w.c.gov.post('/api/auth/sign-out', {})).statusCode).toBeLessThan(300);
    const replay = await t.app.inject({
      method: 'GET',
      url: `/api/channels/${w.plenary}/messages`,
      headers: { cookie: `parley_sign_in=${cookie}` },
    });
    expect(replay.statusCode).toBe(401);
  });
});
