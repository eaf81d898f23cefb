import { describe, expect, it } from 'vitest';
import type { RoundView } from '../../../core/convening/index.ts';
import type { ChannelView } from '../../../core/talks/schemas.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { talksWorld, type TalksWorld } from '../../testing/talks-world.ts';

// Design invariant 7: a channel of a format no longer in force takes no messages. At Astana the
// talks on the ceasefire were planned face to face and became proximity talks when the opposition
// refused to sit with the government: its direct channel must not stay open beside the lines.

const t = sharedTestApp();

async function withTalks(w: TalksWorld) {
  const convener = t.client();
  await convener.signIn(w.convener.email);
  const res = await convener.post(`/api/rounds/${w.roundId}/sessions`, {
    title: 'Talks on the ceasefire',
    format: 'bilateral',
    startsAt: '2017-01-23T09:00:00Z',
    endsAt: '2017-01-23T12:00:00Z',
    room: '',
    participantIds: [w.people.gov!.participantId, w.people.opp!.participantId],
  });
  expect(res.statusCode, res.body).toBe(200);
  const session = (res.json() as RoundView).sessions.find((s) => s.format === 'bilateral')!;
  const direct = (await w.channels(w.c.opp)).find((c) => c.sessionId === session.id)!;
  return { session, direct, convener };
}

const channelIn = async (w: TalksWorld, client: TalksWorld['c']['gov'], id: string) =>
  (await w.channels(client)).find((c) => c.id === id);

describe('a session that changes format', () => {
  it('closes its direct channel: no more messages, with a clear error, and nothing stored', async () => {
    const w = await talksWorld(t);
    const { session, direct, convener } = await withTalks(w);
    expect((await w.post(w.c.opp, direct.id, 'Before the change.')).statusCode).toBe(200);
    const changed = await convener.post(`/api/sessions/${session.id}/format`, {
      format: 'proximity',
      reason: 'The opposition will not sit with the government.',
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const before = await t.recordLength();
    for (const client of [w.c.opp, w.c.gov]) {
      const refused = await w.post(client, direct.id, 'After the change.');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'channel_closed',
        details: { reason: 'format_changed', to: 'proximity' },
      });
      expect(refused.json().error.message).toMatch(/became proximity talks/);
    }
    const upload = await w.c.opp.request(
      'POST',
      `/api/channels/${direct.id}/attachments?filename=map.txt`,
      Buffer.from('A map.'),
      { 'content-type': 'text/plain' },
    );
    expect([upload.statusCode, upload.json().error.code]).toEqual([409, 'channel_closed']);
    expect(await t.recordLength()).toBe(before);
  });

  it('keeps it readable, as an archive, to the audience it had and to no one else', async () => {
    const w = await talksWorld(t);
    const { session, direct, convener } = await withTalks(w);
    await w.post(w.c.opp, direct.id, 'Words said face to face.');
    await convener.post(`/api/sessions/${session.id}/format`, {
      format: 'proximity',
      reason: 'Proximity talks instead.',
    });
    for (const reader of [w.c.gov, w.c.opp]) {
      expect((await w.read(reader, direct.id)).map((m) => m.body)).toEqual([
        'Words said face to face.',
      ]);
      const listed = (await channelIn(w, reader, direct.id)) as ChannelView;
      expect(listed.canPost).toBe(false);
      expect(listed.closure).toMatchObject({ reason: 'format_changed', to: 'proximity' });
    }
    // The mediators ran the proximity talks; the face-to-face words were never theirs.
    expect((await w.c.un.get(`/api/channels/${direct.id}/messages`)).statusCode).toBe(404);
    // The lines, where proximity talks happen, still take messages.
    expect((await w.post(w.c.opp, w.line('opp'), 'Through the mediators.')).statusCode).toBe(200);
  });

  it('opens the new format’s channel, and reopens the old one if the format comes back', async () => {
    const w = await talksWorld(t);
    const { session, direct, convener } = await withTalks(w);
    const toPlenary = await convener.post(`/api/sessions/${session.id}/format`, {
      format: 'plenary',
      reason: 'Everyone at the table.',
    });
    expect(toPlenary.statusCode).toBe(200);
    const plenary = (await w.channels(w.c.us)).find(
      (c) => c.sessionId === session.id && c.kind === 'plenary',
    )!;
    expect(plenary.closure).toBeNull();
    expect((await w.post(w.c.gov, plenary.id, 'At the table.')).statusCode).toBe(200);
    await convener.post(`/api/sessions/${session.id}/format`, {
      format: 'bilateral',
      reason: 'Face to face after all.',
      participantIds: [w.people.gov!.participantId, w.people.opp!.participantId],
    });
    expect((await channelIn(w, w.c.opp, direct.id))!.closure).toBeNull();
    expect((await w.post(w.c.opp, direct.id, 'Back at one table.')).statusCode).toBe(200);
    expect((await channelIn(w, w.c.gov, plenary.id))!.closure).toMatchObject({
      reason: 'format_changed',
      to: 'bilateral',
    });
  });
});

describe('a session that ends', () => {
  it('keeps its channel open unless the round’s settings close it, then refuses posts', async () => {
    const w = await talksWorld(t);
    const { direct, convener } = await withTalks(w);
    t.ports.clock.set(new Date('2017-01-23T12:00:00Z'));
    try {
      expect((await w.post(w.c.gov, direct.id, 'Still talking.')).statusCode).toBe(200);
      // A party cannot change the round's rules.
      const byParty = await w.c.gov.put(`/api/rounds/${w.roundId}/settings`, {
        sessionChannelsCloseAtEnd: true,
      });
      expect(byParty.statusCode).toBe(403);
      const before = await t.recordLength();
      const set = await convener.put(`/api/rounds/${w.roundId}/settings`, {
        sessionChannelsCloseAtEnd: true,
      });
      expect(set.statusCode, set.body).toBe(200);
      expect((set.json() as RoundView).settings).toEqual({ sessionChannelsCloseAtEnd: true });
      expect(await t.recordLength()).toBe(before + 1);

      const refused = await w.post(w.c.gov, direct.id, 'After the end.');
      expect(refused.json().error).toMatchObject({
        code: 'channel_closed',
        details: { reason: 'session_ended', at: '2017-01-23T12:00:00.000Z' },
      });
      expect((await channelIn(w, w.c.opp, direct.id))!.closure).toEqual({
        reason: 'session_ended',
        at: '2017-01-23T12:00:00.000Z',
      });
      expect((await w.read(w.c.opp, direct.id)).map((m) => m.body)).toEqual(['Still talking.']);
      // Caucuses and lines belong to no session: they stay open.
      expect((await w.post(w.c.gov, await w.caucus('gov'), 'Among us.')).statusCode).toBe(200);
    } finally {
      t.ports.clock.set(new Date('2017-01-20T09:00:00Z'));
    }
  });
});
