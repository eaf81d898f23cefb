import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../../core/talks/schemas.ts';
import { verifyChain } from '../../../core/record/chain.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../core/talks/files.ts';
import { recordRepo, sha256 } from '../../../db/index.ts';
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

describe('attachments', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const upload = (
    client: Client,
    channelId: string,
    bytes: Buffer,
    type: string,
    filename = 'ceasefire-map.pdf',
  ) =>
    client.request(
      'POST',
      `/api/channels/${channelId}/attachments?filename=${encodeURIComponent(filename)}`,
      bytes,
      { 'content-type': type },
    );

  it('travel with a message, with their SHA-256, to the channel’s audience only', async () => {
    const w = await talksWorld(t);
    const up = await upload(w.c.opp, w.line('opp'), PDF, 'application/pdf');
    expect(up.statusCode, up.body).toBe(200);
    const file = up.json();
    expect(file).toMatchObject({
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    // Before it is sent, only its uploader can fetch it.
    expect((await w.c.un.get(`/api/attachments/${file.id}`)).statusCode).toBe(404);
    const sent = await w.post(w.c.opp, w.line('opp'), 'The map of the lines.', {
      attachmentIds: [file.id],
    });
    expect(sent.json().attachments).toEqual([file]);
    const got = await w.c.un.get(`/api/attachments/${file.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect((await w.c.gov.get(`/api/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await w.read(w.c.ru, w.line('opp')))[0]!.attachments).toEqual([file]);
  });

  it('are refused when disguised, unknown, or sent twice', async () => {
    const w = await talksWorld(t);
    const before = await t.recordLength();
    const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]);
    expect((await upload(w.c.gov, await w.caucus('gov'), elf, 'application/pdf')).statusCode).toBe(
      400,
    );
    expect(
      (await upload(w.c.gov, await w.caucus('gov'), elf, 'application/octet-stream')).statusCode,
    ).toBe(400);
    expect((await upload(w.c.gov, w.line('opp'), PDF, 'application/pdf')).statusCode).toBe(404);
    expect(await t.recordLength()).toBe(before);
    const file = (await upload(w.c.gov, await w.caucus('gov'), PDF, 'application/pdf')).json();
    expect(
      (await w.post(w.c.gov, await w.caucus('gov'), 'One.', { attachmentIds: [file.id] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await w.post(w.c.gov, await w.caucus('gov'), 'Two.', { attachmentIds: [file.id] }))
        .statusCode,
    ).toBe(400);
    expect(
      (await w.post(w.c.opp, await w.caucus('opp'), 'Not mine.', { attachmentIds: [file.id] }))
        .statusCode,
    ).toBe(400);
  });
});

describe('attachments of text', () => {
  it('keep their exact bytes, whatever the script', async () => {
    const w = await talksWorld(t);
    const note = Buffer.from('وقف إطلاق النار — ceasefire', 'utf8');
    const up = await w.c.gov.request(
      'POST',
      `/api/channels/${w.plenary}/attachments?filename=note.txt`,
      note,
      { 'content-type': 'text/plain; charset=utf-8' },
    );
    expect(up.statusCode, up.body).toBe(200);
    await w.post(w.c.gov, w.plenary, 'A note.', { attachmentIds: [up.json().id] });
    expect((await w.c.us.get(`/api/attachments/${up.json().id}`)).rawPayload.equals(note)).toBe(
      true,
    );
  });
});

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
