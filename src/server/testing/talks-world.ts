import type { ChannelView, MessageView } from '../../core/talks/schemas.ts';
import { setMediatorTeam } from '../convening/set-mediator-team.ts';
import { aRound, anOpeningPlenary } from './factories.ts';
import type { Client, TestApp } from './harness.ts';

let keys = 0;
export const key = () => `key-${String(++keys).padStart(6, '0')}`;

/** An Astana-like round with its channels and a signed-in client per role. */
export async function talksWorld(t: TestApp) {
  const w = await aRound(t, {
    gov: { capacity: 'party' },
    opp: { capacity: 'party', members: ['spokesperson'] },
    un: { capacity: 'mediator' },
    ru: { capacity: 'sponsor' },
    us: { capacity: 'observer' },
  });
  await setMediatorTeam(t.ctx, w.convener.id, w.roundId, [
    w.people.un!.participantId,
    w.people.ru!.participantId,
  ]);
  await anOpeningPlenary(t, w);
  const as = async (email: string) => {
    const c = t.client();
    await c.signIn(email);
    return c;
  };
  const p = w.people;
  const c = {
    gov: await as(p.gov!.head.email),
    opp: await as(p.opp!.head.email),
    oppSpokesperson: await as(p.opp!.members[0]!.email),
    un: await as(p.un!.head.email),
    ru: await as(p.ru!.head.email),
    us: await as(p.us!.head.email),
    operator: await as(w.operator.email),
  };
  const channels = async (client: Client) =>
    ((await client.get(`/api/rounds/${w.roundId}/channels`)).json().channels ??
      []) as ChannelView[];
  const all = await channels(c.un);
  const line = (party: 'gov' | 'opp') =>
    all.find((ch) => ch.kind === 'line' && ch.ownerParticipantId === p[party]!.participantId)!.id;
  const caucus = async (party: 'gov' | 'opp') =>
    (await channels(c[party])).find((ch) => ch.kind === 'caucus')!.id;
  const plenary = (await channels(c.gov)).find((ch) => ch.kind === 'plenary')!.id;
  const post = (
    client: Client,
    channelId: string,
    body: string,
    extra: Record<string, unknown> = {},
  ) =>
    client.post(`/api/channels/${channelId}/messages`, {
      idempotencyKey: key(),
      type: 'statement',
      body,
      ...extra,
    });
  const read = async (client: Client, channelId: string) =>
    (await client.get(`/api/channels/${channelId}/messages`)).json().messages as MessageView[];
  return { ...w, c, channels, line, caucus, plenary, post, read };
}
export type TalksWorld = Awaited<ReturnType<typeof talksWorld>>;
