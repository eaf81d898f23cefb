import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemberView, RoundView } from '../../shared/api/types.ts';
import { aMe, aParticipant, aRound, GOVERNMENT } from '../../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { DelegationRoster } from './DelegationRoster.tsx';

const head: MemberView = {
  id: 'm-head',
  userId: 'u-gov-head',
  displayName: 'Leila Haddad',
  role: 'head',
};
const adviser: MemberView = {
  id: 'm-adviser',
  userId: 'u-adviser',
  displayName: 'Omar Khalil',
  role: 'adviser',
};
const roundWith = (members: MemberView[]): RoundView =>
  aRound({
    viewer: { participantIds: [GOVERNMENT], headOf: [GOVERNMENT], manages: [GOVERNMENT] },
    participants: [aParticipant({ delegation: members })],
  });

async function setup({
  restore = ok(roundWith([head, adviser])) as Reply,
  language = 'en' as 'en' | 'ar',
} = {}) {
  const round = roundWith([head, adviser]);
  const api = stubApi([
    { method: 'GET', path: '/api/auth/me', reply: ok(aMe()) },
    { method: 'DELETE', path: '/api/members/m-adviser', reply: ok(roundWith([head])) },
    { method: 'POST', path: '/api/members/m-adviser/restoration', reply: restore },
  ]);
  const rendered = await renderWithProviders(
    <DelegationRoster
      round={round}
      participant={round.participants[0]!}
      members={[head, adviser]}
    />,
    { language },
  );
  // Until the app knows who is signed in, it cannot leave out the head's own name.
  await waitFor(() =>
    expect(screen.getAllByRole('button', { name: /^Remove |^إزالة / })).toHaveLength(1),
  );
  return { api, ...rendered };
}

afterEach(() => vi.useRealTimers());

/** The text without the isolates that keep a name's direction its own. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

describe('removing a delegation member', () => {
  it('asks first, and removes nobody when the head thinks better of it', async () => {
    const { user, api } = await setup();
    // The head cannot remove themselves; the adviser can be removed.
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Remove / })).toHaveLength(1),
    );
    await user.click(
      screen.getByRole('button', { name: 'Remove Omar Khalil from the delegation' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/loses this round’s channels and texts at once/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.sent('DELETE', /\/api\/members\//)).toHaveLength(0);
  });

  it('removes once confirmed, then offers to undo, which brings the member back', async () => {
    const { user, api } = await setup();
    await user.click(
      screen.getByRole('button', { name: 'Remove Omar Khalil from the delegation' }),
    );
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }),
    );
    await waitFor(() => expect(api.sent('DELETE', '/api/members/m-adviser')).toHaveLength(1));
    const notice = await screen.findByRole('status');
    expect(plain(notice.textContent)).toContain('Omar Khalil was removed from the delegation.');
    await user.click(
      within(notice).getByRole('button', { name: 'Undo the removal of Omar Khalil' }),
    );
    await waitFor(() =>
      expect(api.sent('POST', '/api/members/m-adviser/restoration')).toHaveLength(1),
    );
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('withdraws the undo after a minute', async () => {
    const { user } = await setup();
    await user.click(
      screen.getByRole('button', { name: 'Remove Omar Khalil from the delegation' }),
    );
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }),
    );
    await screen.findByRole('status');
    act(() => vi.advanceTimersByTime(59_000));
    expect(screen.getByRole('button', { name: /^Undo the removal/ })).toBeTruthy();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.queryByRole('button', { name: /^Undo the removal/ })).toBeNull();
  });

  it('says so when the server finds the minute over, in Arabic too', async () => {
    const { user } = await setup({
      restore: apiError(409, 'invalid_transition', 'This removal can no longer be undone.'),
      language: 'ar',
    });
    await user.click(screen.getByRole('button', { name: 'إزالة Omar Khalil من الوفد' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'إزالة' }),
    );
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('من الوفد');
    await user.click(within(notice).getByRole('button', { name: 'التراجع عن إزالة Omar Khalil' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'هذا التغيير غير ممكن في الحالة الراهنة.',
    );
  });
});
