import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { ActorsPanel } from './ActorsPanel.tsx';

const OPPOSITION = {
  id: 'a-opp',
  name: 'Syrian armed opposition',
  kind: 'coalition',
  members: [
    { id: 'a-jaysh', name: 'Jaysh al-Islam' },
    { id: 'a-sham', name: 'Faylaq al-Sham' },
  ],
};
const ACTORS = {
  actors: [
    { id: 'a-ru', name: 'Russian Federation', kind: 'state', members: [] },
    OPPOSITION,
    { id: 'a-un', name: 'United Nations', kind: 'intergovernmental_organisation', members: [] },
  ],
};

describe('the actors of the platform', () => {
  it('finds a coalition by one of its member groups, and renames an actor', async () => {
    const api = stubApi([
      { method: 'GET', path: '/api/actors', reply: ok(ACTORS) },
      {
        method: 'PUT',
        path: '/api/actors/a-ru',
        reply: ok({ ...ACTORS.actors[0], name: 'Russia' }),
      },
    ]);
    const { user } = await renderWithProviders(<ActorsPanel />);
    const search = await screen.findByRole('searchbox', { name: 'Search actors by name' });
    expect(screen.getByText(/Member groups: 2/)).toBeTruthy();
    await user.type(search, 'faylaq');
    const found = screen.getAllByRole('listitem');
    expect(found).toHaveLength(1);
    expect(within(found[0]!).getByText('Syrian armed opposition')).toBeTruthy();
    await user.clear(search);

    await user.click(screen.getByRole('button', { name: 'Rename Russian Federation' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText(/^Actor name/);
    await user.clear(name);
    await user.type(name, 'Russia');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sent('PUT', '/api/actors/a-ru')).toHaveLength(1));
    expect(api.sent('PUT', '/api/actors/a-ru')[0]?.body).toEqual({ name: 'Russia' });
  });

  it('speaks Arabic', async () => {
    stubApi([{ method: 'GET', path: '/api/actors', reply: ok(ACTORS) }]);
    await renderWithProviders(<ActorsPanel />, { language: 'ar' });
    expect(
      await screen.findByRole('searchbox', { name: 'ابحث في الأطراف الفاعلة بالاسم' }),
    ).toBeTruthy();
    expect(screen.getByText('3 من 3')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^إعادة تسمية/ })).toHaveLength(3);
  });
});
