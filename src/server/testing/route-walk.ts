import { randomUUID } from 'node:crypto';
import type { RouteEntry } from '../http/app.ts';
import { proposeAgendaItem } from '../convening/propose-agenda-item.ts';
import { removeMember } from '../convening/remove-member.ts';
import { aRound, anOpeningPlenary } from './factories.ts';
import type { TestApp } from './harness.ts';

/**
 * A round with one of everything a route can name by id (a process, round, invitation, session,
 * agenda item, participant, member, channel, message, poll, attachment, text), for tests that walk
 * every registered route.
 */
export async function routeWalkWorld(t: TestApp) {
  const world = await aRound(t, {
    a: { capacity: 'party', members: ['adviser', 'interpreter'] },
    m: { capacity: 'mediator' },
  });
  const convener = world.convener.id;
  await anOpeningPlenary(t, world);
  await proposeAgendaItem(t.ctx, { userId: convener, participantIds: [] }, world.roundId, {
    title: 'Ceasefire',
    track: 'ceasefire',
  });
  const head = t.client();
  await head.signIn(world.people.a!.head.email);
  const roster = (await head.get(`/api/rounds/${world.roundId}`))
    .json()
    .participants.find((p: { id: string }) => p.id === world.people.a!.participantId)
    .delegation as { id: string; role: string }[];
  // A member just removed, for the undo of a removal.
  const removedMemberId = roster.find((m) => m.role === 'interpreter')!.id;
  await removeMember(t.ctx, world.people.a!.head.id, world.roundId, removedMemberId);
  const round = (await head.get(`/api/rounds/${world.roundId}`)).json();
  const channels = (await head.get(`/api/rounds/${world.roundId}/channels`)).json().channels as {
    id: string;
    kind: string;
  }[];
  const caucus = channels.find((c) => c.kind === 'caucus')!.id;
  const line = channels.find((c) => c.kind === 'line')!.id;
  const mediator = t.client();
  await mediator.signIn(world.people.m!.head.email);
  const text = await mediator.post(`/api/rounds/${world.roundId}/texts`, {
    title: 'Joint statement',
    kind: 'joint_statement',
    language: 'en',
    settings: { penholders: 'mediator', attribution: 'named', stanceVisibility: 'mediators' },
    provisions: [{ part: 'operative', content: [{ type: 'agreed', text: 'The parties agree.' }] }],
  });
  const upload = await head.request(
    'POST',
    `/api/channels/${caucus}/attachments?filename=note.txt`,
    Buffer.from('A note.'),
    { 'content-type': 'text/plain' },
  );
  const message = await head.post(`/api/channels/${line}/messages`, {
    idempotencyKey: randomUUID(),
    type: 'statement',
    body: 'Our position on the ceasefire.',
    relayPermission: 'may_relay',
  });
  const ids: Record<string, string> = {
    texts: text.json().id,
    processes: world.processId,
    accounts: world.people.a!.head.id,
    actors: world.people.a!.actorId,
    rounds: world.roundId,
    participants: world.people.a!.participantId,
    invitations: round.invitations[0].id,
    sessions: round.sessions[0].id,
    agenda: round.agenda[0].id,
    members: round.participants.find((p: { id: string }) => p.id === world.people.a!.participantId)
      .delegation[1].id,
    sessionsOfAuth: 'not-a-session',
    removedMembers: removedMemberId,
    channels: caucus,
    messages: message.json().id,
    attachments: upload.json().id,
    polls: (
      await head.post(`/api/channels/${caucus}/polls`, {
        question: 'Attend?',
        options: ['yes', 'no'],
      })
    ).json().id,
  };

  /** The route's URL with a real id, or (`made-up`) an id that names nothing. */
  const fill = (url: string, id: 'real' | 'made-up' = 'real') => {
    const [, , resource] = url.split('/');
    const key = url.startsWith('/api/auth/sign-ins')
      ? 'sessionsOfAuth'
      : url.endsWith('/restoration')
        ? 'removedMembers'
        : (resource ?? '');
    const value = id === 'real' ? (ids[key] ?? 'unknown') : randomUUID();
    return url.replace(':id', value).replace(':token', 'x'.repeat(40));
  };
  return { world, ids, fill, head, mediator };
}

export const routesOf = (t: TestApp): RouteEntry[] =>
  t.app.routeTable.filter((r) => r.method !== 'HEAD');

export const bodyFor = (r: RouteEntry) =>
  r.method === 'GET' || r.method === 'DELETE' ? undefined : {};
