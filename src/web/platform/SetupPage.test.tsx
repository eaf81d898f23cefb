import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { apiError, ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { SetupPage } from './SetupPage.tsx';

const TOKEN = 'k'.repeat(43);
const page = (
  <Routes>
    <Route path="/setup/:token" element={<SetupPage />} />
    <Route path="/" element={<p>home</p>} />
  </Routes>
);
const me = {
  user: { id: 'u1', email: 'ops@un.example', displayName: 'Mission support', isOperator: true },
  csrfToken: 'csrf',
};

describe('the setup page', () => {
  it('sends the operator’s details once the password is long enough, then goes home', async () => {
    const api = stubApi([
      { method: 'GET', path: `/api/setup/${TOKEN}`, reply: ok({ email: null, expiresAt: 'x' }) },
      { method: 'POST', path: `/api/setup/${TOKEN}`, reply: ok(me) },
    ]);
    const { user } = await renderWithProviders(page, { route: `/setup/${TOKEN}` });
    await user.type(await screen.findByLabelText(/^Email/), 'ops@un.example');
    await user.type(screen.getByLabelText(/^Display name/), 'Mission support');
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create the operator account' }));
    expect(screen.getByText('The password must have at least 10 characters.')).toBeTruthy();
    expect(api.sent('POST', `/api/setup/${TOKEN}`)).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create the operator account' }));
    expect(await screen.findByText('home')).toBeTruthy();
    expect(api.sent('POST', `/api/setup/${TOKEN}`)[0]?.body).toEqual({
      email: 'ops@un.example',
      displayName: 'Mission support',
      password: 'correct horse battery',
    });
  });

  it('fixes the address of a link made for one', async () => {
    stubApi([
      {
        method: 'GET',
        path: `/api/setup/${TOKEN}`,
        reply: ok({ email: 'ops@un.example', expiresAt: 'x' }),
      },
    ]);
    await renderWithProviders(page, { route: `/setup/${TOKEN}` });
    const email = (await screen.findByLabelText(/^Email/)) as HTMLInputElement;
    expect([email.value, email.readOnly]).toEqual(['ops@un.example', true]);
  });

  it('says why a used or expired link cannot be used, in Arabic too', async () => {
    stubApi([
      {
        method: 'GET',
        path: `/api/setup/${TOKEN}`,
        reply: apiError(404, 'not_found', 'Setup link not found'),
      },
    ]);
    await renderWithProviders(page, { route: `/setup/${TOKEN}`, language: 'ar' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'لا يمكن استخدام رابط الإعداد',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
