import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { AccountPage } from './AccountPage.tsx';

const signIn = (id: string, browser: string | null, system: string | null, current = false) => ({
  id,
  createdAt: '2017-01-22T08:00:00.000Z',
  lastSeenAt: '2017-01-23T08:00:00.000Z',
  userAgent: browser === null && system === null ? null : `${browser} on ${system}, raw`,
  browser,
  system,
  current,
});
const SIGN_INS = {
  signIns: [
    signIn('s-laptop', 'Firefox', 'Ubuntu', true),
    signIn('s-phone', 'Mobile Safari', 'iOS'),
    signIn('s-tablet', null, 'Android'),
    signIn('s-script', null, null),
  ],
};
const PASSWORD = '/api/auth/password';

async function setup({
  password = ok({ endedSignIns: 3 }) as Reply,
  language = 'en' as 'en' | 'ar',
} = {}) {
  const api = stubApi([
    { method: 'GET', path: '/api/auth/me', reply: ok(aMe()) },
    { method: 'GET', path: '/api/auth/sign-ins', reply: ok(SIGN_INS) },
    { method: 'POST', path: PASSWORD, reply: password },
  ]);
  const rendered = await renderWithProviders(<AccountPage />, { language });
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(4));
  return { api, ...rendered };
}

const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('the account page', () => {
  it('names each sign-in by browser and system, not by its raw user agent', async () => {
    await setup();
    const items = screen.getAllByRole('listitem').map((li) => plain(li.textContent ?? ''));
    expect(items.map((text) => text.split('Signed in')[0])).toEqual([
      'Firefox on UbuntuThis browser',
      'Mobile Safari on iOS',
      'A browser on Android',
      'Unknown browser',
    ]);
  });

  it('changes the password once the form is right, and says the others were signed out', async () => {
    const { user, api } = await setup();
    const form = screen.getByRole('region', { name: 'Change your password' });
    const button = within(form).getByRole('button', { name: 'Change password' });
    await user.click(button);
    expect(within(form).getByText('Fill this in.')).toBeTruthy();
    expect(within(form).getByText('The password must have at least 10 characters.')).toBeTruthy();

    await user.type(within(form).getByLabelText(/^Current password/), 'astana-2017-demo');
    await user.type(within(form).getByLabelText(/^New password \(/), 'a much longer passphrase');
    await user.type(within(form).getByLabelText(/^New password again/), 'a much longer passphrasE');
    await user.click(button);
    expect(within(form).getByText('The two new passwords are not the same.')).toBeTruthy();
    expect(api.sent('POST', PASSWORD)).toHaveLength(0);

    await user.clear(within(form).getByLabelText(/^New password again/));
    await user.type(within(form).getByLabelText(/^New password again/), 'a much longer passphrase');
    await user.click(button);
    await waitFor(() => expect(api.sent('POST', PASSWORD)).toHaveLength(1));
    expect(api.sent('POST', PASSWORD)[0]?.body).toEqual({
      currentPassword: 'astana-2017-demo',
      newPassword: 'a much longer passphrase',
    });
    expect((await within(form).findByRole('status')).textContent).toBe(
      'Your password is changed, and you are signed out everywhere else.',
    );
    expect((within(form).getByLabelText(/^Current password/) as HTMLInputElement).value).toBe('');
  });

  it('says the current password is wrong, in Arabic too', async () => {
    const { user } = await setup({
      password: apiError(401, 'invalid_credentials'),
      language: 'ar',
    });
    const form = screen.getByRole('region', { name: 'تغيير كلمة المرور' });
    await user.type(within(form).getByLabelText(/^كلمة المرور الحالية/), 'a wrong guess');
    await user.type(
      within(form).getByLabelText(/^كلمة المرور الجديدة \(/),
      'a much longer passphrase',
    );
    await user.type(
      within(form).getByLabelText(/^كلمة المرور الجديدة مرة أخرى/),
      'a much longer passphrase',
    );
    await user.click(within(form).getByRole('button', { name: 'تغيير كلمة المرور' }));
    expect((await within(form).findByRole('alert')).textContent).toContain(
      'كلمة المرور الحالية غير صحيحة.',
    );
  });
});
