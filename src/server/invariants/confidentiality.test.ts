import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capacity } from '../../core/vocabulary.ts';
import { talkRepo } from '../../db/index.ts';
import { anAccount, anActor } from '../testing/factories.ts';
import { PASSWORD, testApp, type Client, type TestApp } from '../testing/harness.ts';
import { acceptMemberInvite } from '../convening/accept-member-invite.ts';
import { createMemberInvite } from '../convening/create-member-invite.ts';
import { removeMember } from '../convening/remove-member.ts';
import { invite } from '../convening/invite.ts';
import { respondToInvitation } from '../convening/respond-to-invitation.ts';
import { appointConvener } from '../platform/appoint-convener.ts';
import { createProcess } from '../platform/create-process.ts';
import { roundViewFor } from '../convening/present-round.ts';
import { createRound } from '../convening/create-round.ts';
import { setMediatorTeam } from '../convening/set-mediator-team.ts';
import { changeSessionFormat } from '../convening/change-session-format.ts';
import { scheduleSession } from '../convening/schedule-session.ts';
import { command, type Command } from './talks-commands.ts';
import {
  checkArchives,
  checkHttp,
  checkLive,
  type Probe,
  type Touched,
  type World,
} from './confidentiality-checks.ts';
import {
  CHANNELS,
  PARTIES,
  TALKS_LISTED,
  TalksModel,
  USERS,
  type ChannelKey,
  type ModelMessage,
  type Party,
  type User,
} from './talks-model.ts';

// Model-based check of invariants 1, 2 and 7: random sequences of seat, unseat, post, relay (every
// permission), format changes of a session, subscribe and reconnect over an Astana-shaped round;
// after every step, what each
// principal reads through the HTTP API (and, on subscribe/reconnect, over WebSocket) must equal what
// the reference model entitles it to — no more channels, messages, ids, attributions or fields.
// Every so often each head's archive of the round is checked against the same entitlement.

const RUNS = Number(process.env.PARLEY_MODEL_RUNS ?? 1000);
const SEQUENCES_PER_ROUND = 40;
const FULL_CHECK_EVERY = 25;
let world: World | undefined;
let sequences = 0;
const CAPACITY: Record<Party, Capacity> = {
  gov: 'party',
  opp: 'party',
  un: 'mediator',
  ru: 'sponsor',
  us: 'observer',
};

let t: TestApp;
let convener: { id: string };
let processId: string;
const users = new Map<User, { id: string; email: string; client: Client }>();
const probe: Probe = {
  get t() {
    return t;
  },
  users,
};
const actors = new Map<Party, string>();

beforeAll(async () => {
  t = await testApp();
  const operator = await anAccount(t, { isOperator: true });
  const convenerActor = await anActor(t, 'Convener state');
  convener = await anAccount(t, { actorId: convenerActor.id });
  processId = await createProcess(t.ctx, operator.id, { title: 'Model process', description: '' });
  await appointConvener(t.ctx, operator.id, processId, {
    userId: convener.id,
    actorId: convenerActor.id,
  });
  for (const p of PARTIES) actors.set(p, (await anActor(t, `Actor ${p}`)).id);
  for (const u of USERS) {
    const head = u.endsWith('Head') ? (u.slice(0, -4) as Party) : null;
    const account =
      u === 'operator'
        ? await anAccount(t, { isOperator: true, label: 'model-operator' })
        : await anAccount(t, {
            label: `model-${u}`,
            ...(head ? { actorId: actors.get(head)! } : {}),
          });
    const client = t.client();
    await client.signIn(account.email, PASSWORD);
    users.set(u, { id: account.id, email: account.email, client });
  }
}, 120_000);
afterAll(() => t?.close());

const uid = (u: User) => users.get(u)!.id;

/** A fresh round seated as the model starts: five participants, the spokesperson m1 in the opposition. */
async function freshRound() {
  const roundId = await createRound(t.ctx, convener.id, processId, {
    title: 'Model round',
    venue: 'Astana',
    startsOn: '2017-01-22',
    endsOn: '2017-01-24',
    timeZone: 'Asia/Almaty',
  });
  for (const p of PARTIES) {
    await invite(t.ctx, convener.id, roundId, {
      actorId: actors.get(p)!,
      capacity: CAPACITY[p],
      representationLevel: 'delegation',
    });
  }
  const pending = (await roundViewFor(t.ctx, { userId: convener.id, isOperator: false }, roundId))
    .invitations;
  for (const p of PARTIES) {
    const inv = pending.find((i) => i.actor.id === actors.get(p))!;
    await respondToInvitation(t.ctx, uid(`${p}Head` as User), roundId, inv.id, {
      response: 'accept',
    });
  }
  const seated = (await roundViewFor(t.ctx, { userId: convener.id, isOperator: false }, roundId))
    .participants;
  const participantOf = new Map(
    PARTIES.map((p) => [p, seated.find((s) => s.actor.id === actors.get(p))!.id]),
  );
  await setMediatorTeam(t.ctx, convener.id, roundId, [
    participantOf.get('un')!,
    participantOf.get('ru')!,
  ]);
  await scheduleSession(t.ctx, convener.id, roundId, {
    title: 'Plenary',
    format: 'plenary',
    startsAt: '2017-01-23T04:00:00Z',
    endsAt: '2017-01-23T06:00:00Z',
    room: '',
    participantIds: [],
  });
  await scheduleSession(t.ctx, convener.id, roundId, {
    title: 'Talks',
    format: 'bilateral',
    startsAt: '2017-01-23T08:00:00Z',
    endsAt: '2017-01-23T10:00:00Z',
    room: '',
    participantIds: TALKS_LISTED.bilateral!.map((p) => participantOf.get(p)!),
  });
  const round = await roundViewFor(t.ctx, { userId: convener.id, isOperator: false }, roundId);
  const talksSessionId = round.sessions.find((s) => s.title === 'Talks')!.id;
  const world: World = {
    roundId,
    participantOf,
    talksSessionId,
    channelIds: new Map(),
    model: new TalksModel(),
  };
  await learnChannels(world);
  expect([...world.channelIds.keys()].sort()).toEqual([...CHANNELS, 'talks:bilateral'].sort());
  await seat(world, 'm1', 'opp');
  return world;
}
/** Names the round's channels as the model does (a talks channel by its format). */
async function learnChannels(w: World) {
  const partyOfParticipant = new Map([...w.participantOf].map(([p, id]) => [id, p]));
  for (const c of await talkRepo.channelsOf(t.ctx.database.db, w.roundId)) {
    const owner = c.ownerParticipantId ? partyOfParticipant.get(c.ownerParticipantId) : undefined;
    const key =
      c.sessionId === w.talksSessionId ? `talks:${c.kind}` : owner ? `${c.kind}:${owner}` : c.kind;
    w.channelIds.set(key as ChannelKey, c.id);
  }
}

async function seat(w: World, u: User, p: Party) {
  const head = uid(`${p}Head` as User);
  const link = await createMemberInvite(t.ctx, head, w.roundId, w.participantOf.get(p)!, {
    email: users.get(u)!.email,
    displayName: u,
    role: u === 'm1' ? 'spokesperson' : 'member',
  });
  await acceptMemberInvite(t.ctx, link.token, { displayName: u, password: PASSWORD }, null);
  w.model.seats.set(u, p);
}

async function unseat(w: World, u: User) {
  const p = w.model.seat(u)!;
  const roster = (
    await roundViewFor(t.ctx, { userId: uid(`${p}Head` as User), isOperator: false }, w.roundId)
  ).participants.find((x) => x.id === w.participantOf.get(p))!.delegation!;
  await removeMember(
    t.ctx,
    uid(`${p}Head` as User),
    w.roundId,
    roster.find((m) => m.userId === uid(u))!.id,
  );
  w.model.seats.set(u, null);
}

let bodies = 0;
/** Runs one command against the API and the model; answers the channels whose reads it may have changed. */
async function run(w: World, cmd: Command): Promise<Touched> {
  const m = w.model;
  switch (cmd.kind) {
    case 'reformat':
      return reformat(w, cmd.to);
    case 'seat':
      if (m.seat(cmd.user) !== null) return [];
      await seat(w, cmd.user, cmd.party);
      return { seatChangeOf: cmd.user };
    case 'unseat':
      if (m.seat(cmd.user) === null) return [];
      await unseat(w, cmd.user);
      return { seatChangeOf: cmd.user };
    case 'live':
      await checkLive(probe, w, cmd.user, cmd.after);
      return [];
  }
  const client = users.get(cmd.user)!.client;
  // Counted for every message-shaped command: each sends under an idempotency key of its own.
  const body = `words-${++bodies}`;
  if (cmd.kind === 'post') return post(w, cmd, client, body);
  const sources = (['line:gov', 'line:opp'] as const).flatMap((c) =>
    m.messages.get(c)!.filter((x) => x.senderParty === c.slice(5)),
  );
  if (sources.length === 0) return [];
  if (cmd.kind === 'narrow') return narrow(w, cmd, client, sources);
  return relay(w, cmd, client, body, sources);
}

type CommandOf<K extends Command['kind']> = Extract<Command, { kind: K }>;

async function reformat(w: World, to: CommandOf<'reformat'>['to']): Promise<Touched> {
  if (to === w.model.talksFormat) return [];
  const listed = TALKS_LISTED[to];
  await changeSessionFormat(t.ctx, convener.id, w.roundId, w.talksSessionId, {
    format: to,
    reason: 'The model says so.',
    ...(listed ? { participantIds: listed.map((p) => w.participantOf.get(p)!) } : {}),
  });
  w.model.reformat(to);
  await learnChannels(w);
  return 'everything';
}

async function post(
  w: World,
  cmd: CommandOf<'post'>,
  client: Client,
  body: string,
): Promise<Touched> {
  const m = w.model;
  if (!m.channels().includes(cmd.channel)) return [];
  const ownLine = cmd.channel === `line:${m.seat(cmd.user)}`;
  const res = await client.post(`/api/channels/${w.channelIds.get(cmd.channel)}/messages`, {
    idempotencyKey: `model-key-${bodies}`,
    type: 'statement',
    body,
    ...(cmd.permission ? { relayPermission: cmd.permission } : {}),
  });
  if (!m.canSpeak(cmd.user, cmd.channel)) {
    expect(res.statusCode, `${cmd.user} posts on ${cmd.channel}`).toBe(
      m.canRead(cmd.user, cmd.channel) ? 403 : 404,
    );
    return [cmd.channel];
  }
  if (!m.isOpen(cmd.channel)) {
    // A format no longer in force takes no messages (invariant 7), whatever else is wrong.
    expect([res.statusCode, res.json().error.code], `${cmd.user} posts on ${cmd.channel}`).toEqual([
      409,
      'channel_closed',
    ]);
    return [cmd.channel];
  }
  if (cmd.permission && !ownLine) {
    expect(res.statusCode).toBe(400);
    return [cmd.channel];
  }
  expect(res.statusCode, res.body).toBe(200);
  const msgs = m.messages.get(cmd.channel)!;
  msgs.push({
    id: res.json().id,
    seq: msgs.length + 1,
    channel: cmd.channel,
    type: 'statement',
    body,
    senderParty: m.seat(cmd.user)!,
    senderUser: cmd.user,
    permission: ownLine ? (cmd.permission ?? 'mediator_only') : null,
    relaySourceId: null,
    attributedTo: null,
    replyToId: null,
    correctionOfId: null,
  });
  return [cmd.channel];
}

async function narrow(
  w: World,
  cmd: CommandOf<'narrow'>,
  client: Client,
  sources: readonly ModelMessage[],
): Promise<Touched> {
  const target = sources[cmd.pick % sources.length]!;
  const res = await client.put(`/api/messages/${target.id}/relay-permission`, {
    relayPermission: cmd.to,
  });
  const verdict = w.model.narrowVerdict(cmd.user, target, cmd.to);
  const expected = { not_found: 404, forbidden: 403, invalid_transition: 409, ok: 200 };
  expect(res.statusCode, `${cmd.user} narrows to ${cmd.to}: ${res.body}`).toBe(expected[verdict]);
  if (verdict === 'ok') target.permission = cmd.to;
  return [target.channel];
}

async function relay(
  w: World,
  cmd: CommandOf<'relay'>,
  client: Client,
  body: string,
  sources: readonly ModelMessage[],
): Promise<Touched> {
  const m = w.model;
  const source = sources[cmd.pick % sources.length]!;
  const target: ChannelKey = source.channel === 'line:gov' ? 'line:opp' : 'line:gov';
  const res = await client.post(`/api/channels/${w.channelIds.get(target)}/relays`, {
    idempotencyKey: `model-key-${bodies}`,
    sourceMessageId: source.id,
    body,
    attribute: cmd.attribute,
  });
  if (m.relayVerdict(cmd.user, source, cmd.attribute) === 'forbidden') {
    expect(res.statusCode, `relay by ${cmd.user}: ${res.body}`).toBe(
      m.canRead(cmd.user, target) ? 403 : 404,
    );
    return [target];
  }
  expect(res.statusCode, res.body).toBe(200);
  const msgs = m.messages.get(target)!;
  msgs.push({
    id: res.json().id,
    seq: msgs.length + 1,
    channel: target,
    type: 'information',
    body,
    senderParty: m.seat(cmd.user)!,
    senderUser: cmd.user,
    permission: null,
    relaySourceId: source.id,
    attributedTo: cmd.attribute ? source.senderParty : null,
    replyToId: null,
    correctionOfId: null,
  });
  return [target, source.channel];
}

describe('confidentiality and proximity, model-based', () => {
  it(
    `holds over ${RUNS} random sequences`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 4 }), async (commands) => {
          // A round serves several sequences (its model carries over), so setup does not dominate.
          if (!world || ++sequences % SEQUENCES_PER_ROUND === 0) world = await freshRound();
          const w = world;
          for (const cmd of commands) {
            const touched = await run(w, cmd);
            await checkHttp(probe, w, touched);
          }
          if (sequences % FULL_CHECK_EVERY === 0) {
            await checkHttp(probe, w);
            await checkArchives(probe, w);
          }
        }),
        { numRuns: RUNS },
      );
    },
    60 * 60_000,
  );
});
