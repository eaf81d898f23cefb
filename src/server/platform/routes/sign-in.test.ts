import { describe, expect, it } from 'vitest';
import { anAccount } from '../../testing/factories.ts';
import { PASSWORD, testApp, sharedTestApp } from '../../testing/harness.ts';

const t = sharedTestApp();

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict sign-in cookie and answers with a CSRF token', async () => {
    const { email } = await anAccount(t);
    const res = await t
      .client()
      .post('/api/auth/sign-in', { email: email.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'parley_sign_in')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(res.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.json().user.email).toBe(email);
  });

  it('marks the cookie Secure when served over TLS (here: behind a trusted TLS proxy)', async () => {
    const behindTls = await testApp({ trustProxy: true });
    try {
      const { email } = await anAccount(behindTls);
      const res = await behindTls
        .client()
        .post('/api/auth/sign-in', { email, password: PASSWORD }, { 'x-forwarded-proto': 'https' });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'parley_sign_in')!.secure).toBe(true);
    } finally {
      await behindTls.close();
    }
  });

  it('gives the same generic error for a wrong password and an unknown email', async () => {
    const { email } = await anAccount(t);
    const wrong = await t
      .client()
      .post('/api/auth/sign-in', { email, password: 'not the password' });
    const unknown = await t
      .client()
      .post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(wrong.cookies).toHaveLength(0);
  });

  it('lists and ends one’s own sign-ins; an ended sign-in is signed out at once', async () => {
    const { email } = await anAccount(t);
    const laptop = t.client();
    const phone = t.client();
    await laptop.signIn(email);
    await phone.signIn(email);
    const list = (await laptop.get('/api/auth/sign-ins')).json().signIns;
    expect(list).toHaveLength(2);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = list.find((s: { current: boolean }) => !s.current).id;
    expect((await laptop.del(`/api/auth/sign-ins/${phoneSession}`)).statusCode).toBe(200);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('cannot end somebody else’s sign-in', async () => {
    const a = t.client();
    const b = t.client();
    await a.signIn((await anAccount(t)).email);
    await b.signIn((await anAccount(t)).email);
    const bSession = (await b.get('/api/auth/sign-ins')).json().signIns[0].id;
    const res = await a.del(`/api/auth/sign-ins/${bSession}`);
    expect(res.statusCode).toBe(404);
    expect((await b.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('signs out', async () => {
    const c = t.client();
    await c.signIn((await anAccount(t)).email);
    expect((await c.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('CSRF defence', () => {
  it('refuses a state change without the sign-in’s CSRF token, and changes nothing', async () => {
    const c = t.client();
    await c.signIn((await anAccount(t)).email);
    const before = await t.recordLength();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: `parley_sign_in=${c.cookie}` },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect(await t.recordLength()).toBe(before);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a request from another site’s page even with a token', async () => {
    const c = t.client();
    await c.signIn((await anAccount(t)).email);
    const res = await c.post('/api/auth/sign-out', {}, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });
});

describe('rate limiting', () => {
  it('limits sign-in attempts', async () => {
    const limited = await testApp({ signInRateLimit: { max: 3, timeWindowMs: 60_000 } });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (
            await limited
              .client()
              .post('/api/auth/sign-in', { email: 'x@example.test', password: 'guess' })
          ).statusCode,
        );
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await limited
        .client()
        .post('/api/auth/sign-in', { email: 'x@example.test', password: 'guess' });
      expect(last.json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
