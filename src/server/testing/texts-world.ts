import { expect } from 'vitest';
import { astanaText, SPONSORS_DRAFT } from '../../core/samples/astana-text.ts';
import type { CreateTextCommand, TextView } from '../../core/texts/schemas.ts';
import { aRound } from './factories.ts';
import type { Client, TestApp } from './harness.ts';

/** The Astana joint statement in miniature: one bracket, three provisions, the sponsors' pen. */
export const STATEMENT: CreateTextCommand = { ...astanaText('miniature'), label: SPONSORS_DRAFT };

/** Two parties, three sponsors, the UN mediator and a US observer, each with a signed-in client. */
export async function textsWorld(t: TestApp) {
  const as = async (email: string) => {
    const c = t.client();
    await c.signIn(email);
    return c;
  };
  const w = await aRound(t, {
    gov: { capacity: 'party' },
    opp: { capacity: 'party', members: ['spokesperson', 'adviser'] },
    ru: { capacity: 'sponsor' },
    ir: { capacity: 'sponsor' },
    tr: { capacity: 'sponsor' },
    un: { capacity: 'mediator' },
    us: { capacity: 'observer' },
  });
  const p = w.people;
  const c = {
    ru: await as(p.ru!.head.email),
    ir: await as(p.ir!.head.email),
    tr: await as(p.tr!.head.email),
    un: await as(p.un!.head.email),
    gov: await as(p.gov!.head.email),
    opp: await as(p.opp!.head.email),
    oppSpokesperson: await as(p.opp!.members[0]!.email),
    oppAdviser: await as(p.opp!.members[1]!.email),
    us: await as(p.us!.head.email),
  };
  const id = (k: keyof typeof p) => p[k]!.participantId;
  return { ...w, c, id };
}
export type TextsWorld = Awaited<ReturnType<typeof textsWorld>>;

/** The statement created by the Russian sponsor (a penholder under `conveners`). */
export async function createdText(w: TextsWorld, input: CreateTextCommand = STATEMENT) {
  const res = await w.c.ru.post(`/api/rounds/${w.roundId}/texts`, input);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TextView;
}

export const proposalIdsSeenBy = async (c: Client, textId: string) =>
  ((await c.get(`/api/texts/${textId}/proposals`)).json().proposals as { id: string }[]).map(
    (p) => p.id,
  );
