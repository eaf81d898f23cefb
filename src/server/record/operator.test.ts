import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundView } from '../../core/convening/schemas.ts';
import { recordRepo } from '../../db/index.ts';
import { anAccount } from '../testing/factories.ts';
import { testApp, type Client, type TestApp } from '../testing/harness.ts';
import { key } from '../testing/talks-world.ts';
import { createdText, textsWorld, type TextsWorld } from '../testing/texts-world.ts';
import { recordSessionAttendance } from '../convening/record-session-attendance.ts';
import { scheduleSession } from '../convening/schedule-session.ts';

// Design invariant 6: the platform operator is out of reach of every round's business. On a
// self-hosted platform the operator is often the host state's staff.

let t: TestApp;
let w: TextsWorld;
let operator: Client;
let textId: string;

beforeAll(async () => {
  t = await testApp();
  w = await textsWorld(t);
  textId = (await createdText(w)).id;
  await scheduleSession(t.ctx, w.convener.id, w.roundId, {
    title: 'Opening',
    format: 'plenary',
    startsAt: '2017-01-23T04:00:00Z',
    endsAt: '2017-01-23T06:00:00Z',
    room: 'Rixos',
    participantIds: [],
  });
  const round = (await w.c.ru.get(`/api/rounds/${w.roundId}`)).json() as RoundView;
  await recordSessionAttendance(t.ctx, w.convener.id, w.roundId, round.sessions[0]!.id, {
    attendance: [{ participantId: w.id('opp'), status: 'walked_out' }],
  });
  await w.c.ru.post(`/api/rounds/${w.roundId}/agenda`, {
    title: 'Detainees',
    track: 'humanitarian',
  });
  operator = t.client();
  await operator.signIn((await anAccount(t, { isOperator: true })).email);
}, 120_000);
afterAll(() => t.close());

const answerOf = (res: { statusCode: number; body: string }) => [res.statusCode, res.body];

describe('the platform operator', () => {
  it('sees a round’s public facts: title, venue, dates, participants, the schedule', async () => {
    const res = await operator.get(`/api/rounds/${w.roundId}`);
    expect(res.statusCode).toBe(200);
    const round = res.json() as RoundView;
    expect(round.viewer.publicFactsOnly).toBe(true);
    expect(round.participants.map((p) => p.id).sort()).toEqual(
      Object.values(w.people)
        .map((p) => p.participantId)
        .sort(),
    );
    expect(round.participants.every((p) => p.delegation === null)).toBe(true);
    expect(round.sessions.map((s) => [s.title, s.format, s.room])).toEqual([
      ['Opening', 'plenary', 'Rixos'],
    ]);
  });

  it('sees nothing of its business: no attendance, agenda, stances or invitations', async () => {
    const round = (await operator.get(`/api/rounds/${w.roundId}`)).json() as RoundView;
    expect(round.sessions[0]!.attendance).toEqual([]);
    expect(round.sessions[0]!.formatChanges).toEqual([]);
    expect(round.agenda).toEqual([]);
    expect(round.invitations).toEqual([]);
    expect(round.viewer.actions).toEqual(['round.read']);
    // A participant of the round does see them.
    const insider = (await w.c.gov.get(`/api/rounds/${w.roundId}`)).json() as RoundView;
    expect(insider.viewer.publicFactsOnly).toBe(false);
    expect(insider.sessions[0]!.attendance).toHaveLength(1);
    expect(insider.agenda).toHaveLength(1);
  });

  it('cannot list a round’s texts, channels or polls', async () => {
    for (const url of [`/api/rounds/${w.roundId}/texts`, `/api/rounds/${w.roundId}/channels`]) {
      const res = await operator.get(url);
      expect([res.statusCode, res.json().error.code], url).toEqual([403, 'forbidden']);
    }
  });

  it('cannot read a text, a revision, the redline, an export, proposals or language versions', async () => {
    for (const path of [
      '',
      '?revision=1',
      '/proposals',
      '/redline?from=1&to=1',
      '/languages',
      '/revisions/1/canonical',
      '/revisions/1/export.docx',
      '/revisions/1/export.pdf',
    ]) {
      const real = await operator.get(`/api/texts/${textId}${path}`);
      const madeUp = await operator.get(`/api/texts/${randomUUID()}${path}`);
      expect(real.statusCode, path).toBe(404);
      expect(answerOf(real), path).toEqual(answerOf(madeUp));
    }
  });

  it('cannot read a channel, even the plenary', async () => {
    const channels = (await w.c.us.get(`/api/rounds/${w.roundId}/channels`)).json().channels as {
      id: string;
    }[];
    expect(channels.length).toBeGreaterThan(0);
    for (const c of channels) {
      const res = await operator.get(`/api/channels/${c.id}/messages`);
      expect(res.statusCode).toBe(404);
    }
  });
});

describe('GET /api/record/verify', () => {
  it('tells the operator the chain is intact, with nothing that moves with each message', async () => {
    const before = await operator.get('/api/record/verify');
    expect(before.json()).toEqual({ intact: true });
    const plenary = (
      (await w.c.gov.get(`/api/rounds/${w.roundId}/channels`)).json().channels as {
        id: string;
        kind: string;
      }[]
    ).find((c) => c.kind === 'plenary')!;
    const sent = await w.c.gov.post(`/api/channels/${plenary.id}/messages`, {
      idempotencyKey: key(),
      type: 'statement',
      body: 'A word in plenary.',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await operator.get('/api/record/verify')).body).toBe(before.body);
  });

  it('says where the chain breaks once an event was altered', async () => {
    // Raw SQL, as whoever could write to the database would.
    const db = t.ctx.database.db;
    const kept = JSON.stringify((await recordRepo.readChain(db)).events[2]!.payload);
    await db.execute(`update record_events set payload = '{"forged":true}'::jsonb where seq = 3`);
    const res = await operator.get('/api/record/verify');
    expect(res.json()).toMatchObject({ intact: false, firstBadSeq: 3 });
    expect(res.json().problem).toMatch(/digest/);
    const restored = kept.replaceAll("'", "''");
    await db.execute(`update record_events set payload = '${restored}'::jsonb where seq = 3`);
    expect((await operator.get('/api/record/verify')).json()).toEqual({ intact: true });
  });

  it('is the operator’s alone', async () => {
    expect((await w.c.ru.get('/api/record/verify')).statusCode).toBe(403);
  });
});
