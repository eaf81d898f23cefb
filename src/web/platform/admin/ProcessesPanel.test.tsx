import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, stubApi } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { ProcessesPanel } from './ProcessesPanel.tsx';

const ASTANA = {
  id: 'pr-astana',
  title: 'Syria — Astana process',
  description: 'Talks convened by Russia, Turkey and Iran.',
  createdAt: '2017-01-10T09:00:00.000Z',
  rounds: [],
};
const GENEVA = {
  id: 'pr-geneva',
  title: 'Syria — Geneva talks',
  description: 'Led by the UN Special Envoy.',
  createdAt: '2017-02-01T09:00:00.000Z',
  rounds: [],
};

describe('the processes of the platform', () => {
  it('finds a process by its description, links to it, and edits its title and description', async () => {
    const api = stubApi([
      { method: 'GET', path: '/api/processes', reply: ok({ processes: [ASTANA, GENEVA] }) },
      {
        method: 'PUT',
        path: '/api/processes/pr-geneva',
        reply: ok({ ...GENEVA, title: 'Geneva IV', conveners: [], canCreateRound: false }),
      },
    ]);
    const { user } = await renderWithProviders(<ProcessesPanel />);
    const search = await screen.findByRole('searchbox', {
      name: 'Search processes by title or description',
    });
    await user.type(search, 'special envoy');
    const [only] = screen.getAllByRole('listitem');
    expect(within(only!).getByRole('link').getAttribute('href')).toBe('/processes/pr-geneva');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Edit the process Syria — Geneva talks' }));
    const dialog = await screen.findByRole('dialog');
    const title = within(dialog).getByLabelText(/^Process title/);
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Fill this in.')).toBeTruthy();
    await user.type(title, 'Geneva IV');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sent('PUT', '/api/processes/pr-geneva')).toHaveLength(1));
    expect(api.sent('PUT', '/api/processes/pr-geneva')[0]?.body).toEqual({
      title: 'Geneva IV',
      description: 'Led by the UN Special Envoy.',
    });
  });
});
