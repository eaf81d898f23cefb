import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../../testing/factories.ts';
import { ok, stubApi } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { AdminArea } from './AdminArea.tsx';

describe('the administration', () => {
  it('puts each kind of thing in a tab of its own: its list and its create form', async () => {
    stubApi([
      { method: 'GET', path: '/api/auth/me', reply: ok(aMe({ isOperator: true })) },
      { method: 'GET', path: '/api/processes', reply: ok({ processes: [] }) },
      { method: 'GET', path: '/api/actors', reply: ok({ actors: [] }) },
      { method: 'GET', path: '/api/accounts', reply: ok({ accounts: [] }) },
    ]);
    const { user } = await renderWithProviders(<AdminArea />);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Processes',
      'Actors',
      'Accounts',
      'Conveners',
    ]);
    expect(await screen.findByText('No processes yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Create a process' })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Accounts' }));
    expect(await screen.findByText('No accounts yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Create an account' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Create a process' })).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Conveners' }));
    expect(screen.getByRole('heading', { name: 'Appoint a convener' })).toBeTruthy();
  });

  it('names its tabs in Arabic', async () => {
    stubApi([{ method: 'GET', path: '/api/processes', reply: ok({ processes: [] }) }]);
    await renderWithProviders(<AdminArea />, { language: 'ar' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'المسارات',
      'الأطراف الفاعلة',
      'الحسابات',
      'الجهات الداعية',
    ]);
  });
});
