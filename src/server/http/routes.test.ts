import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, type Action } from '../../core/policy/index.ts';
import { aRound, anAccount } from '../testing/factories.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { bodyFor, routesOf, routeWalkWorld } from '../testing/route-walk.ts';

// Walks every registered route: each declares a guard, and each guarded route really passes the
// single decision point (observed through onDecision) and denies a signed-in stranger.

let t: TestApp;
let walk: Awaited<ReturnType<typeof routeWalkWorld>>;

beforeAll(async () => {
  t = await testApp();
  walk = await routeWalkWorld(t);
}, 120_000);
afterAll(() => t.close());

const table = () => routesOf(t);
const guarded = () => table().filter((r) => !('public' in r.guard));
const fill = (url: string, id?: 'real' | 'made-up') => walk.fill(url, id);
/** What a caller can tell apart in an answer (the date aside). */
const answerOf = (res: { statusCode: number; body: string; headers: Record<string, unknown> }) => {
  const { date: _date, ...headers } = res.headers;
  return { status: res.statusCode, body: res.body, headers };
};

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
      'account.manageOwnSignIns',
      'account.changePassword',
    ]);
    for (const r of guarded()) {
      if ('public' in r.guard) continue;
      const before = await t.recordLength();
      t.decisions.length = 0;
      const res = await stranger.request(r.method as never, fill(r.url), bodyFor(r));
      // A route that reads the API on the caller's behalf (GET /api/attention) adds the decisions of
      // those reads; the route's own decision is the one this test is about.
      expect(
        t.decisions.filter((d) => d.route === `${r.method} ${r.url}`),
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
      } else if (r.url.includes(':id')) {
        // Out of reach is not there: the real id answers exactly as an id that names nothing.
        expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(404);
        expect(res.json().error.code).toBe('not_found');
        const madeUp = await stranger.request(
          r.method as never,
          fill(r.url, 'made-up'),
          bodyFor(r),
        );
        expect(answerOf(res), `${r.method} ${r.url}`).toEqual(answerOf(madeUp));
        expect(await t.recordLength(), `${r.method} ${r.url} wrote to the record`).toBe(before);
      } else {
        expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
        expect(await t.recordLength(), `${r.method} ${r.url} wrote to the record`).toBe(before);
      }
    }
  });
});

describe('what a seated user may not reach', () => {
  it('answers exactly as an id that names nothing', async () => {
    const { world } = walk;
    const other = await aRound(t, { b: { capacity: 'party' } });
    const otherHead = t.client();
    await otherHead.signIn(other.people.b!.head.email);
    const adviser = t.client();
    await adviser.signIn(world.people.a!.members[0]!.email);
    const outOfReach: [ReturnType<typeof t.client>, 'GET' | 'POST', string][] = [
      // The mediators do not read a party's caucus, its polls or its files.
      [walk.mediator, 'GET', '/api/channels/:id/messages'],
      [walk.mediator, 'GET', '/api/channels/:id/polls'],
      [walk.mediator, 'POST', '/api/polls/:id/votes'],
      // A file not sent yet is its uploader's alone, even within the delegation.
      [adviser, 'GET', '/api/attachments/:id'],
      // Another round's business.
      [otherHead, 'GET', '/api/rounds/:id'],
      [otherHead, 'GET', '/api/texts/:id/proposals'],
      [otherHead, 'GET', '/api/attachments/:id'],
    ];
    for (const [client, method, url] of outOfReach) {
      const body = method === 'POST' ? {} : undefined;
      const real = await client.request(method, fill(url), body);
      const madeUp = await client.request(method, fill(url, 'made-up'), body);
      expect(real.statusCode, `${method} ${url}: ${real.body}`).toBe(404);
      expect(answerOf(real), `${method} ${url}`).toEqual(answerOf(madeUp));
    }
  });

  it('still says "forbidden" for an act on something the user can see', async () => {
    const adviser = t.client();
    await adviser.signIn(walk.world.people.a!.members[0]!.email);
    const res = await adviser.post(fill('/api/rounds/:id/invitations'), {});
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });
});
