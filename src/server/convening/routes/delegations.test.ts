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
