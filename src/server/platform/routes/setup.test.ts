import { describe, expect, it } from 'vitest';
import { recordRepo } from '../../../db/index.ts';
import { anAccount } from '../../testing/factories.ts';
import { PASSWORD, testApp } from '../../testing/harness.ts';
import { createSetupLink } from '../create-setup-link.ts';

const OPERATOR = { email: 'ops@un.example', displayName: 'Mission support', password: PASSWORD };

describe('the first operator, through a setup link', () => {
  it('describes the link, creates the operator once, signs them in and records both steps', async () => {
    const t = await testApp();
    try {
      const { token } = await createSetupLink(t.ctx);
      const browser = t.client();
      const seen = await browser.get(`/api/setup/${token}`);
      expect([seen.statusCode, seen.json().email]).toEqual([200, null]);

      const done = await browser.post(`/api/setup/${token}`, OPERATOR);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().user).toMatchObject({ email: OPERATOR.email, isOperator: true });
      const me = await browser.get('/api/auth/me');
      expect(me.json().user.isOperator).toBe(true);
      // The operator can do what an operator does: create accounts.
      const account = await browser.post('/api/accounts', {
        email: 'envoy@un.example',
        displayName: 'Envoy',
        password: PASSWORD,
      });
      expect(account.statusCode, account.body).toBe(200);

      const again = await t.client().post(`/api/setup/${token}`, {
        ...OPERATOR,
        email: 'second@un.example',
      });
      expect([again.statusCode, again.json().error.code]).toEqual([404, 'not_found']);
      expect((await t.client().get(`/api/setup/${token}`)).statusCode).toBe(404);

      const { events } = await recordRepo.readChain(t.database.db);
      expect(events.map((e) => e.action)).toEqual([
        'setup.createLink',
        'account.create',
        'setup.useLink',
        'auth.signIn',
        'account.create',
      ]);
      // The token never enters the record.
      expect(JSON.stringify(events)).not.toContain(token);
    } finally {
      await t.close();
    }
  });

  it('answers an expired, made-up or malformed link as not there, and changes nothing', async () => {
    const t = await testApp();
    try {
      const { token } = await createSetupLink(t.ctx);
      t.ports.clock.advance(3600_000);
      const before = await t.recordLength();
      for (const link of [token, 'x'.repeat(43)]) {
        const res = await t.client().post(`/api/setup/${link}`, OPERATOR);
        expect([res.statusCode, res.json().error.code], link).toEqual([404, 'not_found']);
      }
      const short = await t.client().get('/api/setup/short');
      expect(short.statusCode).toBe(400);
      expect(await t.recordLength()).toBe(before);
    } finally {
      await t.close();
    }
  });

  it('holds a link made for one address to it', async () => {
    const t = await testApp();
    try {
      const { token } = await createSetupLink(t.ctx, { email: OPERATOR.email });
      expect((await t.client().get(`/api/setup/${token}`)).json().email).toBe(OPERATOR.email);
      const other = await t.client().post(`/api/setup/${token}`, {
        ...OPERATOR,
        email: 'someone.else@un.example',
      });
      expect([other.statusCode, other.json().error.code]).toEqual([400, 'validation_failed']);
      expect((await t.client().post(`/api/setup/${token}`, OPERATOR)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('makes no link once an operator exists, and a link made before cannot add a second one', async () => {
    const t = await testApp();
    try {
      const { token } = await createSetupLink(t.ctx);
      await anAccount(t, { isOperator: true });
      await expect(createSetupLink(t.ctx)).rejects.toMatchObject({ code: 'already_exists' });
      const res = await t.client().post(`/api/setup/${token}`, OPERATOR);
      expect([res.statusCode, res.json().error.code]).toEqual([409, 'already_exists']);
    } finally {
      await t.close();
    }
  });
});
