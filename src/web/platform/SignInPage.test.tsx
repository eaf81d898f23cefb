import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/factories.ts';
import { apiError, ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { SignInPage } from './SignInPage.tsx';

const signInRoute = (reply = ok(aMe())) => ({
  method: 'POST' as const,
  path: '/api/auth/sign-in',
  reply,
});

describe('the sign-in page', () => {
  it('sends nothing while the form is empty, and says what is missing under each field', async () => {
    const api = stubApi([signInRoute()]);
    const { user } = await renderWithProviders(<SignInPage />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2);
    expect(screen.getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true');
    expect(api.requests).toHaveLength(0);
  });

  it('points out an address that is not one, and sends once both fields are right', async () => {
    const api = stubApi([signInRoute()]);
    const { user } = await renderWithProviders(<SignInPage />);
    await user.type(screen.getByLabelText(/^Email/), 'government');
    await user.type(screen.getByLabelText(/^Password/), 'astana-2017-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter an email address such as name@example.org.')).toBeTruthy();
    expect(api.requests).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Email/), '@parley.test ');
    expect(screen.queryByText('Enter an email address such as name@example.org.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(api.sent('POST', '/api/auth/sign-in')).toHaveLength(1));
    expect(api.sent('POST', '/api/auth/sign-in')[0]?.body).toEqual({
      email: 'government@parley.test',
      password: 'astana-2017-demo',
    });
  });

  it('keeps a refusal generic, and says so in Arabic too', async () => {
    stubApi([signInRoute(apiError(401, 'invalid_credentials'))]);
    const { user } = await renderWithProviders(<SignInPage />, { language: 'ar' });
    await user.click(screen.getByRole('button', { name: 'دخول' }));
    expect(screen.getAllByText('املأ هذا الحقل.')).toHaveLength(2);
    await user.type(screen.getByLabelText(/البريد الإلكتروني/), 'government@parley.test');
    await user.type(screen.getByLabelText(/كلمة المرور/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'دخول' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'تعذّر تسجيل الدخول. تحقّق من بريدك الإلكتروني وكلمة المرور.',
    );
  });

  it('tells a disabled account why it cannot sign in', async () => {
    stubApi([signInRoute(apiError(403, 'account_disabled'))]);
    const { user } = await renderWithProviders(<SignInPage />);
    await user.type(screen.getByLabelText(/^Email/), 'government@parley.test');
    await user.type(screen.getByLabelText(/^Password/), 'astana-2017-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This account is disabled. Ask the platform’s operator to enable it again.',
    );
  });
});
