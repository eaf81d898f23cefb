import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RoundAttention } from '../shared/api/attention.ts';
import { ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { AttentionList } from './AttentionList.tsx';

const round = (over: Partial<RoundAttention> = {}): RoundAttention => ({
  roundId: 'r-astana-1',
  roundTitle: 'Astana I',
  processId: 'pr-astana',
  processTitle: 'Astana talks on Syria',
  unread: 0,
  unreadChannels: [],
  pollsAwaitingVote: 0,
  proposalsAwaitingPenholder: 0,
  signaturesAwaited: 0,
  invitationsToAnswer: 0,
  ...over,
});

async function show(
  rounds: RoundAttention[],
  props: { processId?: string } = {},
  language: 'en' | 'ar' = 'en',
) {
  stubApi([{ method: 'GET', path: '/api/attention', reply: ok({ rounds }) }]);
  return renderWithProviders(<AttentionList {...props} />, { language });
}

describe('AttentionList', () => {
  it('lists what waits in each round, each a link to the tab where it is done', async () => {
    await show([
      round({ unread: 3, pollsAwaitingVote: 1, signaturesAwaited: 1 }),
      round({ roundId: 'r-quiet', roundTitle: 'Astana II' }),
    ]);
    const links = (await screen.findAllByRole('link')).map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['3 unread messages', '/rounds/r-astana-1?tab=talks'],
      ['1 poll awaits your vote', '/rounds/r-astana-1?tab=talks'],
      ['1 text awaits your signature', '/rounds/r-astana-1?tab=texts'],
    ]);
    expect(screen.queryByText(/Astana II/)).toBeNull();
  });

  it('keeps to one process when given one, and says when nothing waits', async () => {
    await show([round({ unread: 2 })], { processId: 'pr-other' });
    expect(await screen.findByText(/Nothing waits for you/)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('counts in Arabic plural forms', async () => {
    await show([round({ unread: 2, invitationsToAnswer: 11 })], {}, 'ar');
    expect(await screen.findByRole('link', { name: 'رسالتان غير مقروءتين' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '11 دعوة للرد عليها' })).toBeTruthy();
  });
});
