import { describe, expect, it } from 'vitest';
import type { RoundView } from '../../../core/convening/index.ts';
import { aRound, anAccount, anActor } from '../../testing/factories.ts';
import { PASSWORD, sharedTestApp, type Client } from '../../testing/harness.ts';

const t = sharedTestApp();

const operatorClient = async () => t.signedIn((await anAccount(t, { isOperator: true })).email);

type Account = { id: string; email: string; displayName: string; disabled: boolean };
const accountIn = async (c: Client, id: string) =>
  ((await c.get('/api/accounts')).json().accounts as Account[]).find((a) => a.id === id);

describe('the operator edits', () => {
  it('an account’s display name', async () => {
    const operator = await operatorClient();
    const { id } = await anAccount(t);
    const res = await operator.put(`/api/accounts/${id}`, { displayName: '  Leila Haddad ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, displayName: 'Leila Haddad', disabled: false });
    expect((await accountIn(operator, id))?.displayName).toBe('Leila Haddad');
    const empty = await operator.put(`/api/accounts/${id}`, { displayName: '   ' });
    expect(empty.statusCode).toBe(400);
  });

  it('an actor’s name, shown from then on in the rounds it sits in', async () => {
    const operator = await operatorClient();
    const w = await aRound(t, { gov: { capacity: 'party' } });
    const res = await operator.put(`/api/actors/${w.people.gov!.actorId}`, {
      name: 'Syrian Arab Republic',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: w.people.gov!.actorId, name: 'Syrian Arab Republic' });
    const head = await t.signedIn(w.people.gov!.head.email);
    const round = (await head.get(`/api/rounds/${w.roundId}`)).json() as RoundView;
    expect(round.participants[0]!.actor.name).toBe('Syrian Arab Republic');
  });

  it('a process’s title and description', async () => {
    const operator = await operatorClient();
    const w = await aRound(t, {});
    const res = await operator.put(`/api/processes/${w.processId}`, {
      title: 'Syria — Astana process',
      description: 'Talks convened by Russia, Turkey and Iran.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: w.processId,
      title: 'Syria — Astana process',
      description: 'Talks convened by Russia, Turkey and Iran.',
    });
  });
});

describe('disabling an account', () => {
  it('ends its sign-ins, refuses its sign-in, and can be undone', async () => {
    const operator = await operatorClient();
    const { id, email } = await anAccount(t);
    const browser = await t.signedIn(email);
    const res = await operator.post(`/api/accounts/${id}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, disabled: true });
    expect((await browser.get('/api/auth/me')).statusCode).toBe(401);

    const right = await t.client().post('/api/auth/sign-in', { email, password: PASSWORD });
    expect(right.statusCode).toBe(403);
    expect(right.json().error.code).toBe('account_disabled');
    expect(right.cookies).toHaveLength(0);
    // Without the password nobody learns that the account is disabled.
    const wrong = await t.client().post('/api/auth/sign-in', { email, password: 'a guess' });
    const unknown = await t
      .client()
      .post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'a guess' });
    expect([wrong.statusCode, wrong.body]).toEqual([unknown.statusCode, unknown.body]);

    expect((await operator.post(`/api/accounts/${id}/disable`)).statusCode).toBe(409);
    const enabled = await operator.post(`/api/accounts/${id}/enable`);
    expect(enabled.json()).toMatchObject({ id, disabled: false });
    await t.client().signIn(email);
    expect((await operator.post(`/api/accounts/${id}/enable`)).statusCode).toBe(409);
  });

  it('refuses the operator’s own account', async () => {
    const { id, email } = await anAccount(t, { isOperator: true });
    const operator = await t.signedIn(email);
    const before = await t.recordLength();
    const res = await operator.post(`/api/accounts/${id}/disable`);
    expect(res.statusCode).toBe(409);
    expect(await t.recordLength()).toBe(before);
  });
});

describe('someone who is not the operator', () => {
  it('is refused every edit, as if the ids named nothing, and changes nothing', async () => {
    const w = await aRound(t, { gov: { capacity: 'party' } });
    const { id: accountId } = await anAccount(t);
    const actor = await anActor(t);
    const head = await t.signedIn(w.people.gov!.head.email);
    const before = await t.recordLength();
    const calls: ['PUT' | 'POST', string, string, unknown][] = [
      ['PUT', '/api/accounts/:id', accountId, { displayName: 'Hijacked' }],
      ['POST', '/api/accounts/:id/disable', accountId, {}],
      ['POST', '/api/accounts/:id/enable', accountId, {}],
      ['PUT', '/api/actors/:id', actor.id, { name: 'Hijacked' }],
    ];
    for (const [method, url, id, body] of calls) {
      const res = await head.request(method, url.replace(':id', id), body);
      const madeUp = await head.request(method, url.replace(':id', 'made-up'), body);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toBe(madeUp.body);
    }
    // A process the head takes part in is no secret to them: the edit is forbidden.
    const process = await head.put(`/api/processes/${w.processId}`, {
      title: 'Hijacked',
      description: '',
    });
    expect(process.statusCode).toBe(403);
    expect(await t.recordLength()).toBe(before);
  });
});
