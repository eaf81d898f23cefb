import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GOVERNMENT } from '../../testing/factories.ts';
import { ok, stubApi } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';

const PATH = `/api/participants/${GOVERNMENT}/member-invites`;

describe('adding a delegation member', () => {
  it('sends no invite until the address and name are there, then shows the link', async () => {
    const api = stubApi([
      {
        method: 'POST',
        path: PATH,
        reply: ok({
          token: 't'.repeat(43),
          path: `/join/${'t'.repeat(43)}`,
          expiresAt: '2017-01-30T09:00:00.000Z',
        }),
      },
    ]);
    const { user } = await renderWithProviders(<AddMemberForm participantId={GOVERNMENT} />);
    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    await user.click(screen.getByRole('button', { name: 'Create invite link' }));
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2);
    await user.type(screen.getByLabelText(/^Email/), 'legal@');
    await user.type(screen.getByLabelText(/^Display name/), 'Legal adviser');
    await user.click(screen.getByRole('button', { name: 'Create invite link' }));
    expect(screen.getByText('Enter an email address such as name@example.org.')).toBeTruthy();
    expect(api.requests).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Email/), 'government.test');
    await user.click(screen.getByRole('button', { name: 'Create invite link' }));
    await waitFor(() => expect(api.sent('POST', PATH)).toHaveLength(1));
    expect(api.sent('POST', PATH)[0]?.body).toEqual({
      email: 'legal@government.test',
      displayName: 'Legal adviser',
      role: 'member',
    });
    expect(await screen.findByLabelText('Invite link')).toBeTruthy();
  });
});
