import { describe, expect, it } from 'vitest';
import { recordRepo } from '../../../db/index.ts';
import { anAccount } from '../../testing/factories.ts';
import { PASSWORD, sharedTestApp, testApp } from '../../testing/harness.ts';

const t = sharedTestApp();
const NEW_PASSWORD = 'a new and longer passphrase';

const FIREFOX_UBUNTU =
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('changing one’s password', () => {
  it('needs the current password; a wrong one changes nothing', async () => {
    const { email } = await anAccount(t);
    const laptop = await t.signedIn(email);
    const before = await t.recordLength();
    const res = await laptop.post('/api/auth/password', {
      currentPassword: 'not the password',
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_credentials');
    expect(await t.recordLength()).toBe(before);
    await t.client().signIn(email, PASSWORD);
  });

  it('holds the new password to the server’s rule', async () => {
    const laptop = await t.signedIn((await anAccount(t)).email);
    const res = await laptop.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('keeps this sign-in, ends the others, and records no secret', async () => {
    const { id, email } = await anAccount(t);
    const laptop = await t.signedIn(email);
    const phone = await t.signedIn(email);
    const res = await laptop.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ endedSignIns: 1 });
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect(
      (await t.client().post('/api/auth/sign-in', { email, password: PASSWORD })).statusCode,
    ).toBe(401);
    await t.client().signIn(email, NEW_PASSWORD);

    const { events } = await recordRepo.readChain(t.database.db);
    const event = events.findLast((e) => e.action === 'account.changePassword')!;
    expect(event).toMatchObject({ subjectKind: 'user', subjectId: id, actorUserId: id });
    expect(Object.keys(event.payload)).toEqual(['endedSignInIds']);
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
  });

  it('is refused to a caller who is not signed in', async () => {
    const res = await t
      .client()
      .post('/api/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('is rate-limited like sign-in', async () => {
    const limited = await testApp({ signInRateLimit: { max: 2, timeWindowMs: 60_000 } });
    try {
      const { email } = await anAccount(limited);
      const c = limited.client();
      await c.signIn(email);
      const codes = [];
      for (let i = 0; i < 3; i++) {
        const res = await c.post('/api/auth/password', {
          currentPassword: 'a guess',
          newPassword: NEW_PASSWORD,
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the list of one’s sign-ins', () => {
  it('names each by browser and system, keeping the raw user agent', async () => {
    const { email } = await anAccount(t);
    const signInWith = (agent: string) =>
      t.client().post('/api/auth/sign-in', { email, password: PASSWORD }, { 'user-agent': agent });
    await signInWith(SAFARI_IPHONE);
    const laptop = t.client();
    await laptop.post(
      '/api/auth/sign-in',
      { email, password: PASSWORD },
      { 'user-agent': FIREFOX_UBUNTU },
    );
    const list = (await laptop.get('/api/auth/sign-ins')).json().signIns as {
      browser: string | null;
      system: string | null;
      userAgent: string | null;
      current: boolean;
    }[];
    expect(list.map((s) => [s.browser, s.system, s.current])).toEqual([
      ['Mobile Safari', 'iOS', false],
      ['Firefox', 'Ubuntu', true],
    ]);
    expect(list[1]!.userAgent).toBe(FIREFOX_UBUNTU);
  });

  it('leaves both names null for a client whose user agent names neither (a script)', async () => {
    const c = await t.signedIn((await anAccount(t)).email);
    const [only] = (await c.get('/api/auth/sign-ins')).json().signIns;
    expect([only.browser, only.system]).toEqual([null, null]);
  });
});
