import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, type Action } from '../../core/policy/index.ts';
import type { RouteEntry } from '../app.ts';
import { aRound, anAccount } from '../testing/factories.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { proposeAgendaItem } from '../use-cases/agenda.ts';
import { scheduleSession } from '../use-cases/sessions.ts';

// Walks every registered route: each declares a guard, and each guarded route really passes the
// single decision point (observed through onDecision) and denies a signed-in stranger.

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  const world = await aRound(t, {
    a: { capacity: 'party', members: ['adviser'] },
    m: { capacity: 'mediator' },
  });
  const convener = world.convener.id;
  await scheduleSession(t.ctx, convener, world.roundId, {
    title: 'Opening',
    format: 'plenary',
    startsAt: '2017-01-23T04:00:00Z',
    endsAt: '2017-01-23T06:00:00Z',
    room: '',
    participantIds: [],
  });
  await proposeAgendaItem(t.ctx, { userId: convener, participantIds: [] }, world.roundId, {
    title: 'Ceasefire',
    track: 'ceasefire',
  });
  const head = t.client();
  await head.signIn(world.people.a!.head.email);
  const round = (await head.get(`/api/rounds/${world.roundId}`)).json();
  const caucus = (await head.get(`/api/rounds/${world.roundId}/channels`))
    .json()
    .channels.find((c: { kind: string }) => c.kind === 'caucus').id;
  const mediator = t.client();
  await mediator.signIn(world.people.m!.head.email);
  const document = await mediator.post(`/api/rounds/${world.roundId}/documents`, {
    title: 'Joint statement',
    kind: 'joint_statement',
    language: 'en',
    settings: { penholders: 'mediator', attribution: 'named', stanceVisibility: 'mediators' },
    provisions: [{ part: 'operative', content: [{ type: 'agreed', text: 'The parties agree.' }] }],
  });
  Object.assign(ids, {
    documents: document.json().id,
    processes: world.processId,
    rounds: world.roundId,
    participants: world.people.a!.participantId,
    invitations: round.invitations[0].id,
    sessions: round.sessions[0].id,
    agenda: round.agenda[0].id,
    members: round.participants.find((p: { id: string }) => p.id === world.people.a!.participantId)
      .delegation[1].id,
    sessionsOfAuth: 'not-a-session',
    channels: caucus,
    attachments: (
      await head.request(
        'POST',
        `/api/channels/${caucus}/attachments?filename=note.txt`,
        Buffer.from('A note.'),
        {
          'content-type': 'text/plain',
        },
      )
    ).json().id,
    polls: (
      await head.post(`/api/channels/${caucus}/polls`, {
        question: 'Attend?',
        options: ['yes', 'no'],
      })
    ).json().id,
  });
}, 120_000);
afterAll(() => t.close());

const table = (): RouteEntry[] => t.app.routeTable.filter((r) => r.method !== 'HEAD');
const guarded = () => table().filter((r) => !('public' in r.guard));
const bodyFor = (r: RouteEntry) => (r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
function fill(url: string) {
  const [, , resource] = url.split('/');
  const key = url.startsWith('/api/auth/sessions') ? 'sessionsOfAuth' : (resource ?? '');
  return url.replace(':id', ids[key] ?? 'unknown').replace(':token', 'x'.repeat(40));
}

describe('every route', () => {
  it('is registered with a guard naming a policy action, or saying why it is public', () => {
    expect(table().length).toBeGreaterThan(25);
    for (const r of table()) {
      if ('public' in r.guard)
        expect(r.guard.public.length, `${r.method} ${r.url}`).toBeGreaterThan(3);
      else expect(Object.keys(POLICY), `${r.method} ${r.url}`).toContain(r.guard.action);
    }
  });

  it('refuses unsigned callers on every guarded route with 401, changing nothing', async () => {
    const before = await t.recordLength();
    for (const r of guarded()) {
      const res = await t.client().request(r.method as never, fill(r.url), bodyFor(r));
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
    expect(await t.recordLength()).toBe(before);
  });

  it('sends every guarded route through the decision point, which denies a stranger', async () => {
    const stranger = t.client();
    const { email } = await anAccount(t);
    await stranger.signIn(email);
    const selfService = new Set<Action>([
      'platform.read',
      'process.list',
      'account.manageOwnSessions',
    ]);
    for (const r of guarded()) {
      if ('public' in r.guard) continue;
      const before = await t.recordLength();
      t.decisions.length = 0;
      const res = await stranger.request(r.method as never, fill(r.url), bodyFor(r));
      expect(
        t.decisions,
        `${r.method} ${r.url} ${res.statusCode} ${res.body.slice(0, 200)}`,
      ).toEqual([
        {
          action: r.guard.action,
          allowed: selfService.has(r.guard.action),
          route: `${r.method} ${r.url}`,
        },
      ]);
      if (selfService.has(r.guard.action)) {
        // Self-service routes may sign the stranger out; start a fresh session for the next route.
        await stranger.signIn(email);
      } else {
        expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
        expect(await t.recordLength(), `${r.method} ${r.url} wrote to the record`).toBe(before);
      }
    }
  });
});
