import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PollView } from '../shared/api/types.ts';
import { aChannel, aPoll, aRound, GOVERNMENT } from '../testing/factories.ts';
import { ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { PollsPanel } from './PollsPanel.tsx';

const round = aRound({ viewer: { participantIds: [GOVERNMENT], headOf: [GOVERNMENT] } });
const caucus = aChannel({
  id: 'ch-caucus-gov',
  kind: 'caucus',
  audienceParticipantIds: [GOVERNMENT],
});

async function show(polls: PollView[], language: 'en' | 'ar' = 'en') {
  stubApi([{ method: 'GET', path: '/api/channels/ch-caucus-gov/polls', reply: ok({ polls }) }]);
  return renderWithProviders(<PollsPanel round={round} channel={caucus} />, { language });
}

describe('PollsPanel', () => {
  it('opens by itself when a poll awaits the reader’s vote, and says how many', async () => {
    await show([aPoll(), aPoll({ id: 'poll-2', myVote: 0 })]);
    expect(await screen.findByText(/1 awaits your vote/)).toBeTruthy();
    const toggle = await screen.findByRole('button', { name: 'Hide' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByText('Do we sign the final communiqué?', { exact: false })).toHaveLength(
      2,
    );
  });

  it('stays one line when nothing awaits a vote, and opens on request', async () => {
    const { user } = await show([aPoll({ status: 'closed', myVote: 1 })]);
    expect(await screen.findByText(/1 poll$/)).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Show' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hide' })).toBeTruthy());
  });

  it('counts in Arabic plural forms', async () => {
    await show([aPoll(), aPoll({ id: 'poll-2' }), aPoll({ id: 'poll-3' })], 'ar');
    expect(await screen.findByText(/3 استطلاعات تنتظر صوتك/)).toBeTruthy();
  });
});
