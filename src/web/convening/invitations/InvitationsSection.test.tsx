import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aRound, anInvitation } from '../../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { InvitationsSection } from './InvitationsSection.tsx';

// The invitations table with its decline form, as the invited actor answers.
const invitee = aRound({
  viewer: { actions: ['invitation.respond'] },
  invitations: [anInvitation({ canRespond: true })],
});
const RESPONSE = '/api/invitations/inv-opp/response';

async function setup(round = invitee, reply: Reply = ok(invitee)) {
  const api = stubApi([{ method: 'POST', path: RESPONSE, reply }]);
  return { api, ...(await renderWithProviders(<InvitationsSection round={round} />)) };
}

async function openDecline(user: Awaited<ReturnType<typeof setup>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Decline' }));
  return screen.findByRole('dialog', { name: 'Decline the invitation' });
}

describe('InvitationsSection', () => {
  it('says when there are no invitations', async () => {
    await setup(aRound());
    expect(screen.getByText('No invitations yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('declines with a reason, public if chosen, then closes the form', async () => {
    const { user, api } = await setup();
    const dialog = await openDecline(user);
    const send = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Send decline' });
    expect(send.disabled).toBe(true);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'The guarantees are not sufficient.',
    );
    await user.click(within(dialog).getByRole('switch', { name: 'Make the reason public' }));
    await user.click(send);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: RESPONSE,
        body: {
          response: 'decline',
          reason: 'The guarantees are not sufficient.',
          reasonPublic: true,
        },
      }),
    ]);
  });

  it('keeps a reason private unless made public', async () => {
    const { user, api } = await setup();
    const dialog = await openDecline(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Not now.');
    await user.click(within(dialog).getByRole('button', { name: 'Send decline' }));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]?.body).toMatchObject({ reasonPublic: false });
  });

  it('keeps the form open with the reason when the decline is refused', async () => {
    const { user } = await setup(
      invitee,
      apiError(409, 'invalid_transition', 'Already withdrawn.'),
    );
    const dialog = await openDecline(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Not now.');
    await user.click(within(dialog).getByRole('button', { name: 'Send decline' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This change is not possible in the current state.');
    expect(alert.textContent).toContain('Already withdrawn.');
  });
});
