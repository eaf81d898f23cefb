import { describe, expect, it } from 'vitest';
import type { RoundView } from '../../../core/convening/schemas.ts';
import { aRound } from '../../testing/factories.ts';
import { sharedTestApp } from '../../testing/harness.ts';

const t = sharedTestApp();

describe('a delegation head', () => {
  it('adds a member through a link that creates the account and seats it with its role', async () => {
    const w = await aRound(t, { opp: { capacity: 'party' } });
    const head = t.client();
    await head.signIn(w.people.opp!.head.email);
    const res = await head.post(`/api/participants/${w.people.opp!.participantId}/member-invites`, {
      email: 'Interpreter@Example.test',
      displayName: 'Interpreter',
      role: 'interpreter',
    });
    expect(res.statusCode).toBe(200);
    const { token, path } = res.json();
    expect(path).toBe(`/join/${token}`);

    const newcomer = t.client();
    const info = await newcomer.get(`/api/member-invites/${token}`);
    expect(info.json()).toMatchObject({
      role: 'interpreter',
      email: 'interpreter@example.test',
      existingAccount: false,
    });
    const joined = await newcomer.post(`/api/member-invites/${token}/accept`, {
      displayName: 'مترجم',
      password: 'a long enough password',
    });
    expect(joined.statusCode).toBe(200);
    const view = (await newcomer.get(`/api/rounds/${w.roundId}`)).json() as RoundView;
    const roster = view.participants.find((p) => p.id === w.people.opp!.participantId)!.delegation!;
    expect(roster.map((m) => [m.displayName, m.role])).toEqual([
      [w.people.opp!.head.email.split('@')[0], 'head'],
      ['مترجم', 'interpreter'],
    ]);

    const again = await t.client().post(`/api/member-invites/${token}/accept`, {
      displayName: 'Twice',
      password: 'a long enough password',
    });
    expect(again.statusCode).toBe(404);
  });

  it('removes a member, who loses the round at once', async () => {
    const w = await aRound(t, { gov: { capacity: 'party', members: ['adviser'] } });
    const head = t.client();
    await head.signIn(w.people.gov!.head.email);
    const adviser = t.client();
    await adviser.signIn(w.people.gov!.members[0]!.email);
    expect((await adviser.get(`/api/rounds/${w.roundId}`)).statusCode).toBe(200);
    const roster = (
      (await head.get(`/api/rounds/${w.roundId}`)).json() as RoundView
    ).participants.find((p) => p.id === w.people.gov!.participantId)!.delegation!;
    const memberId = roster.find((m) => m.role === 'adviser')!.id;
    expect((await head.del(`/api/members/${memberId}`)).statusCode).toBe(200);
    expect((await adviser.get(`/api/rounds/${w.roundId}`)).statusCode).toBe(404);
  });

  it('is the only one who manages the delegation', async () => {
    const w = await aRound(t, {
      gov: { capacity: 'party', members: ['deputy'] },
      opp: { capacity: 'party' },
    });
    const deputy = t.client();
    await deputy.signIn(w.people.gov!.members[0]!.email);
    const otherHead = t.client();
    await otherHead.signIn(w.people.opp!.head.email);
    for (const c of [deputy, otherHead]) {
      const res = await c.post(`/api/participants/${w.people.gov!.participantId}/member-invites`, {
        email: 'spy@example.test',
        displayName: 'Spy',
        role: 'member',
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('cannot remove themselves', async () => {
    const w = await aRound(t, { gov: { capacity: 'party' } });
    const head = t.client();
    await head.signIn(w.people.gov!.head.email);
    const roster = (
      (await head.get(`/api/rounds/${w.roundId}`)).json() as RoundView
    ).participants.find((p) => p.id === w.people.gov!.participantId)!.delegation!;
    const res = await head.del(`/api/members/${roster[0]!.id}`);
    expect(res.statusCode).toBe(409);
  });
});

describe('undoing a removal', () => {
  const removed = async () => {
    const w = await aRound(t, {
      gov: { capacity: 'party', members: ['adviser'] },
      opp: { capacity: 'party' },
    });
    const head = await t.signedIn(w.people.gov!.head.email);
    const roster = (
      (await head.get(`/api/rounds/${w.roundId}`)).json() as RoundView
    ).participants.find((p) => p.id === w.people.gov!.participantId)!.delegation!;
    const memberId = roster.find((m) => m.role === 'adviser')!.id;
    expect((await head.del(`/api/members/${memberId}`)).statusCode).toBe(200);
    return { w, head, memberId };
  };

  it('brings the same member back within a minute, with its role and access, recorded', async () => {
    const { w, head, memberId } = await removed();
    const adviser = await t.signedIn(w.people.gov!.members[0]!.email);
    expect((await adviser.get(`/api/rounds/${w.roundId}`)).statusCode).toBe(404);
    const before = await t.recordLength();
    t.ports.clock.advance(59_000);
    try {
      const res = await head.post(`/api/members/${memberId}/restoration`);
      expect(res.statusCode).toBe(200);
      const roster = (res.json() as RoundView).participants.find(
        (p) => p.id === w.people.gov!.participantId,
      )!.delegation!;
      expect(roster.find((m) => m.id === memberId)?.role).toBe('adviser');
      expect(await t.recordLength()).toBe(before + 1);
      expect((await adviser.get(`/api/rounds/${w.roundId}`)).statusCode).toBe(200);
      // Once restored, there is nothing left to undo.
      expect((await head.post(`/api/members/${memberId}/restoration`)).statusCode).toBe(404);
    } finally {
      t.ports.clock.set(new Date('2017-01-20T09:00:00Z'));
    }
  });

  it('refuses after the minute, changing nothing', async () => {
    const { head, memberId } = await removed();
    const before = await t.recordLength();
    t.ports.clock.advance(61_000);
    try {
      const res = await head.post(`/api/members/${memberId}/restoration`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('invalid_transition');
      expect(await t.recordLength()).toBe(before);
    } finally {
      t.ports.clock.set(new Date('2017-01-20T09:00:00Z'));
    }
  });

  it('is the head’s alone: another delegation is told the member does not exist', async () => {
    const { w, memberId } = await removed();
    const otherHead = await t.signedIn(w.people.opp!.head.email);
    const before = await t.recordLength();
    const res = await otherHead.post(`/api/members/${memberId}/restoration`);
    const madeUp = await otherHead.post(`/api/members/no-such-member/restoration`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toBe(madeUp.body);
    expect(await t.recordLength()).toBe(before);
  });
});
