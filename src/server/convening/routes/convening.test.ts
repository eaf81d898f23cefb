import { describe, expect, it } from 'vitest';
import type { RoundView } from '../../../core/convening/schemas.ts';
import { aRound, anAccount, anActor } from '../../testing/factories.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { conveningWorld, roundAs } from '../../testing/convening-world.ts';

const t = sharedTestApp();

const world = () => conveningWorld(t);

describe('invitations', () => {
  it('seat the participant on acceptance, its focal point as head', async () => {
    const w = await world();
    const actor = await anActor(t, 'United Nations');
    const envoy = await anAccount(t, { actorId: actor.id });
    await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
      actorId: actor.id,
      capacity: 'mediator',
      representationLevel: 'special_envoy',
    });
    const un = await t.signedIn(envoy.email);
    const pending = (await roundAs(un, w.roundId)).invitations.find(
      (i) => i.actor.id === actor.id,
    )!;
    expect(pending).toMatchObject({
      status: 'pending',
      canRespond: true,
      representationLevel: 'special_envoy',
    });
    const res = await un.post(`/api/invitations/${pending.id}/response`, { response: 'accept' });
    expect(res.statusCode).toBe(200);
    const view = res.json() as RoundView;
    const seat = view.participants.find((p) => p.actor.id === actor.id)!;
    expect(seat.capacity).toBe('mediator');
    expect(seat.delegation).toEqual([expect.objectContaining({ userId: envoy.id, role: 'head' })]);
    expect(view.viewer.headOf).toEqual([seat.id]);
  });

  it('show a public decline reason to everyone, a private one to the conveners and the invitee only', async () => {
    const w = await world();
    for (const [name, reasonPublic] of [
      ['Public decliners', true],
      ['Private decliners', false],
    ] as const) {
      const actor = await anActor(t, name);
      const focal = await anAccount(t, { actorId: actor.id });
      await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
        actorId: actor.id,
        capacity: 'party',
        representationLevel: 'delegation',
      });
      const invitee = await t.signedIn(focal.email);
      const inv = (await roundAs(invitee, w.roundId)).invitations.find(
        (i) => i.actor.id === actor.id,
      )!;
      const res = await invitee.post(`/api/invitations/${inv.id}/response`, {
        response: 'decline',
        reason: `${name}: not under these guarantors`,
        reasonPublic,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().invitations.find((i: { id: string }) => i.id === inv.id).reason).toContain(
        name,
      );
    }
    const observer = await t.signedIn(w.p.us!.head.email);
    const operator = await t.signedIn(w.operator.email);
    const reasonsSeenBy = async (viewer: typeof observer) =>
      Object.fromEntries(
        (await roundAs(viewer, w.roundId)).invitations
          .filter((i) => i.status === 'declined')
          .map((i) => [i.actor.name, i.reason]),
      );
    expect(await reasonsSeenBy(observer)).toEqual({
      'Public decliners': 'Public decliners: not under these guarantors',
      'Private decliners': null,
    });
    // The operator sees public facts only: a decline made public, not that another was private.
    expect(await reasonsSeenBy(operator)).toEqual({
      'Public decliners': 'Public decliners: not under these guarantors',
    });
    const conv = (await roundAs(w.convener, w.roundId)).invitations.find(
      (i) => i.actor.name === 'Private decliners',
    )!;
    expect(conv.reason).toContain('Private decliners');
  });

  it('keep a private decline reason out of the record, as a digest', async () => {
    const w = await world();
    const actor = await anActor(t, 'Quiet group');
    const focal = await anAccount(t, { actorId: actor.id });
    await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
      actorId: actor.id,
      capacity: 'party',
      representationLevel: 'delegation',
    });
    const invitee = await t.signedIn(focal.email);
    const inv = (await roundAs(invitee, w.roundId)).invitations.find(
      (i) => i.actor.id === actor.id,
    )!;
    await invitee.post(`/api/invitations/${inv.id}/response`, {
      response: 'decline',
      reason: 'our commanders are under threat',
      reasonPublic: false,
    });
    const { recordRepo } = await import('../../../db/index.ts');
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(JSON.stringify(chain.events)).not.toContain('under threat');
    expect(chain.events.at(-1)).toMatchObject({
      action: 'invitation.decline',
      payload: { reason: { digest: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });
  });

  it('cannot be accepted once withdrawn; the refusal changes nothing', async () => {
    const w = await world();
    const actor = await anActor(t, 'Late group');
    const focal = await anAccount(t, { actorId: actor.id });
    await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
      actorId: actor.id,
      capacity: 'party',
      representationLevel: 'delegation',
    });
    const inv = (await roundAs(w.convener, w.roundId)).invitations.find(
      (i) => i.actor.id === actor.id,
    )!;
    expect((await w.convener.post(`/api/invitations/${inv.id}/withdrawal`)).statusCode).toBe(200);
    const invitee = await t.signedIn(focal.email);
    const before = await t.recordLength();
    const res = await invitee.post(`/api/invitations/${inv.id}/response`, { response: 'accept' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_transition');
    expect(await t.recordLength()).toBe(before);
    const after = await roundAs(w.convener, w.roundId);
    expect(after.invitations.find((i) => i.id === inv.id)!.status).toBe('withdrawn');
    expect(after.participants.some((p) => p.actor.id === actor.id)).toBe(false);
  });

  it('lead an invitee, not yet seated, to the process and its invitation', async () => {
    const w = await world();
    const actor = await anActor(t);
    const focal = await anAccount(t, { actorId: actor.id });
    const invitee = await t.signedIn(focal.email);
    expect((await invitee.get('/api/processes')).json().processes).toEqual([]);
    await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
      actorId: actor.id,
      capacity: 'observer',
      representationLevel: 'ambassador',
    });
    const listed = (await invitee.get('/api/processes')).json().processes;
    expect(listed.map((p: { id: string }) => p.id)).toEqual([w.processId]);
    expect((await invitee.get(`/api/processes/${w.processId}`)).statusCode).toBe(200);
  });

  it('can be answered only by the invited actor', async () => {
    const w = await world();
    const actor = await anActor(t);
    await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
      actorId: actor.id,
      capacity: 'party',
      representationLevel: 'delegation',
    });
    const inv = (await roundAs(w.convener, w.roundId)).invitations.find(
      (i) => i.actor.id === actor.id,
    )!;
    for (const email of [w.p.gov!.head.email, w.convener ? w.p.ru!.head.email : '']) {
      const res = await (
        await t.signedIn(email)
      ).post(`/api/invitations/${inv.id}/response`, { response: 'accept' });
      expect(res.statusCode).toBe(403);
    }
  });

  it('refuses a second pending invitation to the same actor', async () => {
    const w = await world();
    const res = await w.convener.post(`/api/rounds/${w.roundId}/invitations`, {
      actorId: w.p.gov!.actorId,
      capacity: 'party',
      representationLevel: 'delegation',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_exists');
  });
});

describe('sessions', () => {
  const schedule = (c: Client, roundId: string, body: Record<string, unknown> = {}) =>
    c.post(`/api/rounds/${roundId}/sessions`, {
      title: 'Talks on the ceasefire',
      format: 'plenary',
      startsAt: '2017-01-23T08:00:00Z',
      endsAt: '2017-01-24T06:00:00Z',
      room: 'Hall B',
      ...body,
    });

  it('change format before they start, keeping the change and its reason', async () => {
    const w = await world();
    const view = (await schedule(w.convener, w.roundId)).json() as RoundView;
    const session = view.sessions[0]!;
    expect(session.started).toBe(false);
    const res = await w.convener.post(`/api/sessions/${session.id}/format`, {
      format: 'proximity',
      reason: 'The opposition will not sit face to face.',
    });
    expect(res.statusCode).toBe(200);
    const changed = (res.json() as RoundView).sessions[0]!;
    expect(changed.format).toBe('proximity');
    expect(changed.formatChanges).toEqual([
      {
        from: 'plenary',
        to: 'proximity',
        reason: 'The opposition will not sit face to face.',
        at: t.ports.clock.now().toISOString(),
      },
    ]);
  });

  it('refuse a format change once started, changing nothing', async () => {
    const w = await world();
    const session = ((await schedule(w.convener, w.roundId)).json() as RoundView).sessions[0]!;
    t.ports.clock.set(new Date('2017-01-23T08:30:00Z'));
    try {
      const before = await t.recordLength();
      const res = await w.convener.post(`/api/sessions/${session.id}/format`, {
        format: 'proximity',
        reason: 'too late',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('session_started');
      expect(await t.recordLength()).toBe(before);
      expect((await roundAs(w.convener, w.roundId)).sessions[0]).toMatchObject({
        format: 'plenary',
        formatChanges: [],
        started: true,
      });
    } finally {
      t.ports.clock.set(new Date('2017-01-20T09:00:00Z'));
    }
  });

  it('take attendance from one list, one record event per participant, by the conveners or the host', async () => {
    const w = await world();
    const session = ((await schedule(w.convener, w.roundId)).json() as RoundView).sessions[0]!;
    const host = await t.signedIn(w.p.kz!.head.email);
    const [gov, opp] = [w.p.gov!.participantId, w.p.opp!.participantId];
    const before = await t.recordLength();
    const res = await host.put(`/api/sessions/${session.id}/attendance`, {
      attendance: [
        { participantId: gov, status: 'present' },
        { participantId: opp, status: 'walked_out' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as RoundView).sessions[0]!.attendance).toEqual([
      { participantId: gov, status: 'present' },
      { participantId: opp, status: 'walked_out' },
    ]);
    expect(await t.recordLength()).toBe(before + 2);

    // Changing the exceptions later leaves the others as they were.
    const again = await host.put(`/api/sessions/${session.id}/attendance`, {
      attendance: [{ participantId: opp, status: 'present' }],
    });
    expect((again.json() as RoundView).sessions[0]!.attendance).toEqual([
      { participantId: gov, status: 'present' },
      { participantId: opp, status: 'present' },
    ]);

    const party = await t.signedIn(w.p.gov!.head.email);
    const refused = await party.put(`/api/sessions/${session.id}/attendance`, {
      attendance: [{ participantId: opp, status: 'absent' }],
    });
    expect(refused.statusCode).toBe(403);
  });

  it('refuse a whole attendance list for one wrong entry, changing nothing', async () => {
    const w = await world();
    const session = ((await schedule(w.convener, w.roundId)).json() as RoundView).sessions[0]!;
    const gov = w.p.gov!.participantId;
    const other = await aRound(t, { x: { capacity: 'party' } });
    const before = await t.recordLength();
    for (const attendance of [
      [
        { participantId: gov, status: 'present' },
        { participantId: other.people.x!.participantId, status: 'present' },
      ],
      [
        { participantId: gov, status: 'present' },
        { participantId: gov, status: 'absent' },
      ],
      [],
    ]) {
      const res = await w.convener.put(`/api/sessions/${session.id}/attendance`, { attendance });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect(await t.recordLength()).toBe(before);
    expect((await roundAs(w.convener, w.roundId)).sessions[0]!.attendance).toEqual([]);
  });

  it('list the sponsors for a consultation; refuse strangers to the round', async () => {
    const w = await world();
    const ok = await schedule(w.convener, w.roundId, {
      format: 'consultation',
      participantIds: [w.p.ru!.participantId],
    });
    expect(ok.statusCode).toBe(200);
    const other = await aRound(t, { x: { capacity: 'party' } });
    const bad = await schedule(w.convener, w.roundId, {
      format: 'bilateral',
      participantIds: [w.p.gov!.participantId, other.people.x!.participantId],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      details: { unknown: [other.people.x!.participantId] },
    });
  });
});

describe('the mediator team', () => {
  it('takes the round’s sponsors and mediators, never a party, the observer or the host', async () => {
    const w = await world();
    const set = (participantIds: string[]) =>
      w.convener.put(`/api/rounds/${w.roundId}/mediator-team`, { participantIds });
    const ok = await set([w.p.ru!.participantId]);
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as RoundView).participants.filter((p) => p.inMediatorTeam)).toEqual([
      expect.objectContaining({ id: w.p.ru!.participantId }),
    ]);
    const before = await t.recordLength();
    for (const seat of ['gov', 'us', 'kz']) {
      const res = await set([w.p.ru!.participantId, w.p[seat]!.participantId]);
      expect(res.statusCode, seat).toBe(400);
      expect(res.json().error.details).toEqual({ invalid: [w.p[seat]!.participantId] });
    }
    expect(await t.recordLength()).toBe(before);
  });
});
