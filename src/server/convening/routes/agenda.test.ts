import { describe, expect, it } from 'vitest';
import type { RoundView } from '../../../core/convening/schemas.ts';
import { aRound, anAccount } from '../../testing/factories.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { conveningWorld, roundAs } from '../../testing/convening-world.ts';

const t = sharedTestApp();

const world = () => conveningWorld(t);

describe('agenda', () => {
  it('lets each party set and change its own stance; the item state follows', async () => {
    const w = await world();
    const view = (
      await w.convener.post(`/api/rounds/${w.roundId}/agenda`, {
        title: 'Political transition',
        track: 'political',
      })
    ).json() as RoundView;
    const item = view.agenda[0]!;
    expect(item.state).toBe('open');
    const gov = await t.signedIn(w.p.gov!.head.email);
    const spokesperson = await t.signedIn(w.p.opp!.members[0]!.email);
    await gov.put(`/api/agenda/${item.id}/stance`, {
      participantId: w.p.gov!.participantId,
      stance: 'accept',
      comment: '',
    });
    let res = await spokesperson.put(`/api/agenda/${item.id}/stance`, {
      participantId: w.p.opp!.participantId,
      stance: 'reject',
      comment: 'No political discussions.',
    });
    expect((res.json() as RoundView).agenda[0]!.state).toBe('contested');
    res = await spokesperson.put(`/api/agenda/${item.id}/stance`, {
      participantId: w.p.opp!.participantId,
      stance: 'accept',
      comment: 'Changed our mind.',
    });
    const after = (res.json() as RoundView).agenda[0]!;
    expect(after.state).toBe('adopted');
    expect(after.stances.find((s) => s.participantId === w.p.opp!.participantId)).toMatchObject({
      stance: 'accept',
      comment: 'Changed our mind.',
    });
  });

  it('refuses a stance for another party, by an adviser, or by a sponsor', async () => {
    const w = await world();
    const item = (
      (
        await w.convener.post(`/api/rounds/${w.roundId}/agenda`, {
          title: 'Sieges',
          track: 'humanitarian',
        })
      ).json() as RoundView
    ).agenda[0]!;
    const gov = await t.signedIn(w.p.gov!.head.email);
    const adviser = await t.signedIn(w.p.opp!.members[1]!.email);
    const sponsor = await t.signedIn(w.p.ru!.head.email);
    expect(
      (
        await gov.put(`/api/agenda/${item.id}/stance`, {
          participantId: w.p.opp!.participantId,
          stance: 'reject',
          comment: '',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await adviser.put(`/api/agenda/${item.id}/stance`, {
          participantId: w.p.opp!.participantId,
          stance: 'accept',
          comment: '',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await sponsor.put(`/api/agenda/${item.id}/stance`, {
          participantId: w.p.ru!.participantId,
          stance: 'accept',
          comment: '',
        })
      ).statusCode,
    ).toBe(403);
    expect((await roundAs(gov, w.roundId)).agenda[0]!.stances).toEqual([]);
  });
});

describe('what each role sees', () => {
  it('shows a delegation its own roster only; observers and the operator see no roster', async () => {
    const w = await world();
    const opp = await t.signedIn(w.p.opp!.head.email);
    const mine = await roundAs(opp, w.roundId);
    const rosters = Object.fromEntries(
      mine.participants.map((p) => [p.id, p.delegation?.length ?? null]),
    );
    expect(rosters[w.p.opp!.participantId]).toBe(3);
    expect(rosters[w.p.gov!.participantId]).toBeNull();
    for (const [email, own] of [
      [w.p.us!.head.email, w.p.us!.participantId],
      [w.operator.email, null],
    ] as const) {
      const view = await roundAs(await t.signedIn(email), w.roundId);
      expect(view.participants.filter((p) => p.delegation !== null).map((p) => p.id)).toEqual(
        own ? [own] : [],
      );
      expect(view.viewer.actions).not.toContain('invitation.create');
    }
  });

  it('tells each viewer, from the policy, whose stance it may set and which delegation it manages', async () => {
    const w = await world();
    const spokesperson = await roundAs(await t.signedIn(w.p.opp!.members[0]!.email), w.roundId);
    expect(spokesperson.viewer).toMatchObject({ speaksFor: [w.p.opp!.participantId], manages: [] });
    const adviser = await roundAs(await t.signedIn(w.p.opp!.members[1]!.email), w.roundId);
    expect(adviser.viewer).toMatchObject({ speaksFor: [], manages: [] });
    const head = await roundAs(await t.signedIn(w.p.opp!.head.email), w.roundId);
    expect(head.viewer).toMatchObject({
      speaksFor: [w.p.opp!.participantId],
      manages: [w.p.opp!.participantId],
    });
    const sponsor = await roundAs(await t.signedIn(w.p.ru!.head.email), w.roundId);
    expect(sponsor.viewer).toMatchObject({ speaksFor: [], manages: [w.p.ru!.participantId] });
  });

  it('refuses a round to someone with no part in it', async () => {
    const w = await world();
    const outsider = await t.signedIn((await anAccount(t)).email);
    expect((await outsider.get(`/api/rounds/${w.roundId}`)).statusCode).toBe(404);
  });

  it('refuses a head of one round acting on another round’s ids', async () => {
    const w = await world();
    const other = await aRound(t, { x: { capacity: 'party' } });
    const otherConvener = await t.signedIn(other.convener.email);
    const item = (
      (
        await w.convener.post(`/api/rounds/${w.roundId}/agenda`, {
          title: 'Aid',
          track: 'humanitarian',
        })
      ).json() as RoundView
    ).agenda[0]!;
    const x = await t.signedIn(other.people.x!.head.email);
    const before = await t.recordLength();
    const res = await otherConvener.post(`/api/rounds/${w.roundId}/agenda`, {
      title: 'Hijack',
      track: 'political',
    });
    expect(res.statusCode).toBe(404);
    expect(
      (
        await x.put(`/api/agenda/${item.id}/stance`, {
          participantId: other.people.x!.participantId,
          stance: 'reject',
          comment: '',
        })
      ).statusCode,
    ).toBe(404);
    expect(await t.recordLength()).toBe(before);
  });
});
