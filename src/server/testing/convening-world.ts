import type { RoundView } from '../../core/convening/schemas.ts';
import { aRound } from './factories.ts';
import type { Client, TestApp } from './harness.ts';

/** The round as one client sees it. */
export const roundAs = async (c: Client, id: string) =>
  (await c.get(`/api/rounds/${id}`)).json() as RoundView;

/** A round with two parties, a sponsor, an observer and the host, and its convener signed in. */
export async function conveningWorld(t: TestApp) {
  const w = await aRound(t, {
    gov: { capacity: 'party' },
    opp: { capacity: 'party', members: ['spokesperson', 'adviser'] },
    ru: { capacity: 'sponsor' },
    us: { capacity: 'observer', level: 'ambassador' },
    kz: { capacity: 'host' },
  });
  return { ...w, convener: await t.signedIn(w.convener.email), p: w.people };
}
