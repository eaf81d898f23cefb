import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../shared/api/types.ts';
import { aMe } from '../../testing/factories.ts';
import { ok, stubApi, type Route } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { AccountsPanel } from './AccountsPanel.tsx';

const account = (overrides: Partial<AccountView>): AccountView => ({
  id: 'u-x',
  email: 'x@parley.test',
  displayName: 'X',
  isOperator: false,
  actorId: null,
  disabled: false,
  ...overrides,
});
const OPERATOR = account({
  id: 'u-ops',
  email: 'operator@parley.test',
  displayName: 'Platform operator',
  isOperator: true,
});
const GOVERNMENT = account({
  id: 'u-gov',
  email: 'government@parley.test',
  displayName: 'Bashar al-Jaafari',
  actorId: 'a-gov',
});
const OPPOSITION = account({
  id: 'u-opp',
  email: 'opposition@parley.test',
  displayName: 'Mohammed Alloush',
  disabled: true,
});
const ACCOUNTS = { accounts: [GOVERNMENT, OPERATOR, OPPOSITION] };
const ACTORS = {
  actors: [{ id: 'a-gov', name: 'Government of Syria', kind: 'state', members: [] }],
};

async function setup(extra: Route[] = []) {
  const api = stubApi([
    { method: 'GET', path: '/api/auth/me', reply: ok(aMe({ id: 'u-ops', isOperator: true })) },
    { method: 'GET', path: '/api/accounts', reply: ok(ACCOUNTS) },
    { method: 'GET', path: '/api/actors', reply: ok(ACTORS) },
    ...extra,
  ]);
  const rendered = await renderWithProviders(<AccountsPanel />);
  await screen.findByText('government@parley.test');
  return { api, ...rendered };
}
const rows = () => screen.getAllByRole('listitem');
const row = (name: string) => rows().find((r) => r.textContent?.includes(name))!;

describe('the accounts of the platform', () => {
  it('lists every account with what it is, and finds them by name, email or actor', async () => {
    const { user } = await setup();
    expect(within(row('Mohammed Alloush')).getByText('Disabled')).toBeTruthy();
    expect(within(row('Bashar al-Jaafari')).getByText(/Focal point of/)).toBeTruthy();
    await waitFor(() => expect(within(row('Platform operator')).getByText('You')).toBeTruthy());

    const search = screen.getByRole('searchbox', { name: 'Search accounts by name or email' });
    await user.type(search, 'GOVERNMENT');
    expect(rows().map((r) => within(r).getByText(/@parley\.test/).textContent)).toEqual([
      'government@parley.test',
    ]);
    expect(screen.getByText('1 of 3')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'alloush');
    expect(rows()).toHaveLength(1);
    await user.clear(search);
    await user.type(search, 'syria');
    expect(rows()).toHaveLength(1);
    await user.type(search, 'x');
    expect(screen.getByText(/Nothing matches/)).toBeTruthy();
  });

  it('renames an account, refusing an empty name before sending it', async () => {
    const renamed = { ...GOVERNMENT, displayName: 'Dr Bashar al-Jaafari' };
    const { user, api } = await setup([
      { method: 'PUT', path: '/api/accounts/u-gov', reply: ok(renamed) },
    ]);
    await user.click(screen.getByRole('button', { name: 'Edit the account of Bashar al-Jaafari' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText(/^Display name/);
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Fill this in.')).toBeTruthy();
    expect(api.sent('PUT', '/api/accounts/u-gov')).toHaveLength(0);
    await user.type(name, 'Dr Bashar al-Jaafari');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.sent('PUT', '/api/accounts/u-gov')[0]?.body).toEqual({
      displayName: 'Dr Bashar al-Jaafari',
    });
    expect(await screen.findByText('Dr Bashar al-Jaafari')).toBeTruthy();
  });

  it('disables an account after asking, and enables one again; never its own', async () => {
    const { user, api } = await setup([
      {
        method: 'POST',
        path: '/api/accounts/u-gov/disable',
        reply: ok({ ...GOVERNMENT, disabled: true }),
      },
      {
        method: 'POST',
        path: '/api/accounts/u-opp/enable',
        reply: ok({ ...OPPOSITION, disabled: false }),
      },
    ]);
    await waitFor(() => expect(within(row('Platform operator')).getByText('You')).toBeTruthy());
    expect(within(row('Platform operator')).queryByRole('button', { name: /^Disable/ })).toBeNull();

    await user.click(
      screen.getByRole('button', { name: 'Disable the account of Bashar al-Jaafari' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/signed out everywhere at once/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Disable account' }));
    await waitFor(() => expect(api.sent('POST', '/api/accounts/u-gov/disable')).toHaveLength(1));
    expect(await within(row('Bashar al-Jaafari')).findByText('Disabled')).toBeTruthy();

    await user.click(
      screen.getByRole('button', { name: 'Enable the account of Mohammed Alloush' }),
    );
    await waitFor(() => expect(api.sent('POST', '/api/accounts/u-opp/enable')).toHaveLength(1));
    await waitFor(() => expect(within(row('Mohammed Alloush')).queryByText('Disabled')).toBeNull());
  });
});
