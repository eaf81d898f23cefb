import { Table } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InvitationView, RoundView } from '../../shared/api/types.ts';
import { aRound, anInvitation } from '../../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { InvitationRow } from './InvitationRow.tsx';

const convener = aRound({
  viewer: { isConvener: true, actions: ['invitation.create', 'invitation.withdraw'] },
});
/** The opposition's head, before taking a seat: only its own invitation to answer. */
const invitee = aRound({ viewer: { actions: ['invitation.respond'] } });
const observer = aRound({ viewer: { participantIds: ['p-us'] } });

async function setup(round: RoundView, invitation: InvitationView, reply: Reply = ok(round)) {
  const api = stubApi([{ method: 'POST', path: /^\/api\/invitations\/inv-opp\//, reply }]);
  const onDecline = vi.fn();
  const rendered = await renderWithProviders(
    <Table>
      <Table.Tbody>
        <InvitationRow round={round} invitation={invitation} onDecline={onDecline} />
      </Table.Tbody>
    </Table>,
  );
  const row = screen.getByRole('row', { name: /Syrian opposition/ });
  const buttons = () =>
    within(row)
      .queryAllByRole('button')
      .map((b) => b.textContent);
  return { api, onDecline, row, buttons, ...rendered };
}

describe('InvitationRow for an observer', () => {
  it('shows who is invited, as what, its status and when', async () => {
    const { row } = await setup(observer, anInvitation());
    expect(within(row).getByRole('rowheader').textContent).toBe('Syrian opposition');
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['Party', 'Delegation', 'Pending']);
    expect(cells[4]).toMatch(/^Invited 10 Jan 2017/);
  });

  it('dates the invitation in the round’s time zone, not the browser’s', async () => {
    // 20:30 in London is 02:30 the next morning in Astana (UTC+6).
    const late = anInvitation({ createdAt: '2017-01-10T20:30:00.000Z' });
    const { row } = await setup(observer, late);
    expect(within(row).getAllByRole('cell')[4]!.textContent).toMatch(/^Invited 11 Jan 2017, 02:30/);
  });

  it('offers an observer no action', async () => {
    const { buttons } = await setup(observer, anInvitation());
    expect(buttons()).toEqual([]);
  });
});

describe('InvitationRow for a convener', () => {
  it('offers a convener to withdraw a pending invitation, and sends it', async () => {
    const withdrawn: RoundView = {
      ...convener,
      invitations: [anInvitation({ status: 'withdrawn' })],
    };
    const { user, api, buttons, queryClient } = await setup(
      convener,
      anInvitation(),
      ok(withdrawn),
    );
    expect(buttons()).toEqual(['Withdraw']);
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/invitations/inv-opp/withdrawal',
      body: undefined,
    });
    await waitFor(() =>
      expect(queryClient.getQueryData(['round', convener.id])).toEqual(withdrawn),
    );
  });

  it('offers nothing to withdraw once the invitation is answered', async () => {
    const { buttons } = await setup(
      convener,
      anInvitation({ status: 'accepted', respondedAt: '2017-01-12T08:00:00.000Z' }),
    );
    expect(buttons()).toEqual([]);
    expect(screen.getByText(/^Responded 12 Jan 2017/)).toBeTruthy();
  });

  it('shows why a withdrawal was refused', async () => {
    const { user, row } = await setup(
      convener,
      anInvitation(),
      apiError(409, 'invalid_transition', 'Already answered.'),
    );
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    const alert = await within(row).findByRole('alert');
    expect(alert.textContent).toBe('This change is not possible in the current state.');
  });
});

describe('InvitationRow for the invited actor', () => {
  it('lets the invited actor accept, and sends the acceptance', async () => {
    const { user, api, buttons, onDecline } = await setup(
      invitee,
      anInvitation({ canRespond: true }),
    );
    expect(buttons()).toEqual(['Accept', 'Decline']);
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/invitations/inv-opp/response',
      body: { response: 'accept' },
    });
    expect(onDecline).not.toHaveBeenCalled();
  });

  it('hands a decline to the form that asks for a reason, sending nothing yet', async () => {
    const invitation = anInvitation({ canRespond: true });
    const { user, api, onDecline } = await setup(invitee, invitation);
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    expect(onDecline).toHaveBeenCalledExactlyOnceWith(invitation);
    expect(api.requests).toEqual([]);
  });

  it('shows why an acceptance was refused', async () => {
    const { user, row } = await setup(
      invitee,
      anInvitation({ canRespond: true }),
      apiError(403, 'forbidden'),
    );
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect((await within(row).findByRole('alert')).textContent).toBe(
      'You are not allowed to do this.',
    );
  });
});

describe('InvitationRow: a decline’s reason', () => {
  it('shows a decline’s reason and whether it is public', async () => {
    const declined = anInvitation({
      status: 'declined',
      reason: 'The guarantees are not sufficient.',
      reasonPublic: true,
      respondedAt: '2017-01-15T08:00:00.000Z',
    });
    const { row } = await setup(observer, declined);
    const reason = within(row).getByText('The guarantees are not sufficient.');
    expect(reason.getAttribute('dir')).toBe('auto');
    expect(within(row).getByText('public')).toBeTruthy();
    expect(within(row).getByText('Declined')).toBeTruthy();
  });

  it('shows no reason where it is withheld from the viewer', async () => {
    const { row } = await setup(
      observer,
      anInvitation({ status: 'declined', reason: null, reasonPublic: null }),
    );
    expect(within(row).getAllByRole('cell')[3]?.textContent).toBe('');
    expect(within(row).queryByText('private')).toBeNull();
  });

  it('marks a private reason as private to those who may read it', async () => {
    const { row } = await setup(
      convener,
      anInvitation({ status: 'declined', reason: 'Internal.', reasonPublic: false }),
    );
    expect(within(row).getByText('private')).toBeTruthy();
  });
});
