import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { CreateAccountForm } from './CreateAccountForm.tsx';

const created = {
  id: 'u-geneva',
  email: 'geneva@parley.test',
  displayName: 'UN Geneva convener',
  isOperator: false,
  actorId: null,
  disabled: false,
};

describe('creating an account', () => {
  it('checks every field before sending, in the app’s words, then sends', async () => {
    const api = stubApi([
      { method: 'GET', path: '/api/actors', reply: ok({ actors: [] }) },
      { method: 'POST', path: '/api/accounts', reply: ok(created) },
    ]);
    const { user } = await renderWithProviders(<CreateAccountForm />);
    const submit = screen.getByRole('button', { name: 'Create account' });
    await user.click(submit);
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2);
    expect(screen.getByText('The password must have at least 10 characters.')).toBeTruthy();

    await user.type(screen.getByLabelText(/^Email/), 'geneva.parley.test');
    await user.type(screen.getByLabelText(/^Display name/), 'UN Geneva convener');
    await user.type(screen.getByLabelText(/^Initial password/), 'geneva-2017');
    await user.click(submit);
    expect(screen.getByText('Enter an email address such as name@example.org.')).toBeTruthy();
    expect(api.sent('POST', '/api/accounts')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Email/));
    await user.type(screen.getByLabelText(/^Email/), 'geneva@parley.test');
    await user.click(submit);
    await waitFor(() => expect(api.sent('POST', '/api/accounts')).toHaveLength(1));
    expect(await screen.findByText('Account created: geneva@parley.test')).toBeTruthy();
    // The fields start afresh, and are not called wrong for being empty again.
    expect(screen.queryByText('Fill this in.')).toBeNull();
  });

  it('speaks Arabic', async () => {
    stubApi([{ method: 'GET', path: '/api/actors', reply: ok({ actors: [] }) }]);
    const { user } = await renderWithProviders(<CreateAccountForm />, { language: 'ar' });
    await user.click(screen.getByRole('button', { name: 'إنشاء الحساب' }));
    expect(screen.getAllByText('املأ هذا الحقل.')).toHaveLength(2);
  });
});
