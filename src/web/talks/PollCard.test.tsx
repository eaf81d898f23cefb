import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PollView } from '../shared/api/types.ts';
import { aChannel, aParticipant, aPoll, aRound, GOVERNMENT } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { pollsKey } from './api.ts';
import { PollCard } from './PollCard.tsx';

const caucus = aChannel({ id: 'ch-caucus-gov', kind: 'caucus' });
const delegation = [
  { id: 'mem-1', userId: 'u-gov-head', displayName: 'Leila Haddad', role: 'head' as const },
  { id: 'mem-2', userId: 'u-gov-adv', displayName: 'Omar Nassar', role: 'adviser' as const },
  { id: 'mem-3', userId: 'u-gov-legal', displayName: 'Rania Saleh', role: 'legal' as const },
];
/** A member of the government delegation, who sees its roster. */
const round = aRound({
  viewer: { participantIds: [GOVERNMENT], headOf: [GOVERNMENT] },
  participants: [aParticipant({ delegation })],
});

const VOTES = '/api/polls/poll-1/votes';

async function setup(
  poll: PollView,
  { canPost = true, reply }: { canPost?: boolean; reply?: Reply } = {},
) {
  const api = stubApi([
    {
      method: 'POST',
      path: VOTES,
      reply: reply ?? ok({ ...poll, myVote: 1, voted: poll.voted + 1 }),
    },
  ]);
  const rendered = await renderWithProviders(
    <PollCard round={round} channel={{ ...caucus, canPost }} poll={poll} />,
  );
  const card = screen.getByRole('article', { name: poll.question });
  return { api, card, ...rendered };
}

const closed = (overrides: Partial<PollView> = {}) =>
  aPoll({
    status: 'closed',
    closedAt: '2017-01-24T08:00:00.000Z',
    voted: 3,
    outcome: [2, 1],
    ballots: [
      { userId: 'u-gov-head', option: 0 },
      { userId: 'u-gov-adv', option: 0 },
      { userId: 'u-gov-legal', option: 1 },
    ],
    ...overrides,
  });

describe('PollCard, open', () => {
  it('shows the question, its rules and progress, and no result yet', async () => {
    const { card } = await setup(aPoll({ voted: 1 }));
    expect(within(card).getByText('Open')).toBeTruthy();
    expect(within(card).getByText('Open ballot')).toBeTruthy();
    expect(within(card).getByText('1 of 3 have voted')).toBeTruthy();
    expect(within(card).getByText('Closes when everyone has voted')).toBeTruthy();
    expect(within(card).queryByRole('list', { name: 'Votes per option' })).toBeNull();
  });

  it('shows the closing time in the round’s time zone', async () => {
    const { card } = await setup(
      aPoll({ closesAt: '2017-01-24T09:00:00.000Z', closeWhenAllVoted: false, secret: true }),
    );
    // Astana is UTC+6.
    expect(within(card).getByText('Closes 24 Jan 2017, 15:00')).toBeTruthy();
    expect(within(card).getByText('Secret ballot')).toBeTruthy();
  });

  it('sends the chosen option and puts the answer in the caucus’s polls', async () => {
    const { card, user, api, queryClient } = await setup(aPoll());
    const vote = within(card).getByRole<HTMLButtonElement>('button', { name: 'Vote' });
    expect(vote.disabled).toBe(true);
    const group = within(card).getByRole('radiogroup', { name: 'Your vote' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['0', '1']);
    await user.click(within(group).getByRole('radio', { name: 'Do not sign' }));
    await user.click(vote);
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]).toMatchObject({ method: 'POST', path: VOTES, body: { option: 1 } });
    await waitFor(() =>
      expect(queryClient.getQueryData<PollView[]>(pollsKey('ch-caucus-gov'))).toEqual([
        expect.objectContaining({ id: 'poll-1', myVote: 1, voted: 1 }),
      ]),
    );
  });

  it('shows why a vote was refused', async () => {
    const { card, user } = await setup(aPoll(), {
      reply: apiError(409, 'invalid_transition', 'This poll is closed.'),
    });
    await user.click(within(card).getByRole('radio', { name: 'Sign' }));
    await user.click(within(card).getByRole('button', { name: 'Vote' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('This change is not possible in the current state.');
    expect(alert.textContent).toContain('This poll is closed.');
  });

  it('shows one’s own vote instead of the ballot once cast', async () => {
    const { card } = await setup(aPoll({ myVote: 0, voted: 1 }));
    expect(within(card).getByText(/You voted: .*Sign/)).toBeTruthy();
    expect(within(card).queryByRole('radiogroup')).toBeNull();
    expect(
      within(card)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Change my vote']);
  });

  it('lets a vote change while the poll is open, starting from the earlier choice', async () => {
    const { card, user, api } = await setup(aPoll({ myVote: 0, voted: 1 }));
    await user.click(within(card).getByRole('button', { name: 'Change my vote' }));
    expect(within(card).getByRole<HTMLInputElement>('radio', { name: 'Sign' }).checked).toBe(true);
    await user.click(within(card).getByRole('button', { name: 'Keep my vote' }));
    expect(api.requests).toEqual([]);
    await user.click(within(card).getByRole('button', { name: 'Change my vote' }));
    await user.click(within(card).getByRole('radio', { name: 'Do not sign' }));
    await user.click(within(card).getByRole('button', { name: 'Vote' }));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]?.body).toEqual({ option: 1 });
  });

  it('offers no ballot to whoever may not post in the caucus', async () => {
    const { card } = await setup(aPoll(), { canPost: false });
    expect(within(card).getByText('0 of 3 have voted')).toBeTruthy();
    expect(within(card).queryByRole('radiogroup')).toBeNull();
  });

  it('has no control to close it: it closes by time or when everyone has voted', async () => {
    const { card } = await setup(aPoll());
    expect(
      within(card)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Vote']);
  });
});

describe('PollCard, closed', () => {
  it('shows the result, the votes per option and, for an open ballot, who voted what', async () => {
    const { card } = await setup(closed());
    expect(within(card).getByText('Closed')).toBeTruthy();
    expect(within(card).getByText(/Result: .*Sign/)).toBeTruthy();
    const counts = within(card).getByRole('list', { name: 'Votes per option' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sign: 2 votes', 'Do not sign: 1 vote']);
    const ballots = within(card).getByRole('list', { name: 'Ballots' });
    expect(
      within(ballots)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Leila Haddad: Sign', 'Omar Nassar: Sign', 'Rania Saleh: Do not sign']);
    expect(within(card).queryByRole('radiogroup')).toBeNull();
  });

  it('says when there is no majority, and keeps a secret ballot secret', async () => {
    const { card } = await setup(closed({ secret: true, outcome: [1, 1], ballots: null }));
    expect(within(card).getByText('Result: no majority')).toBeTruthy();
    expect(within(card).getByText('Secret ballot')).toBeTruthy();
    expect(within(card).queryByRole('list', { name: 'Ballots' })).toBeNull();
  });

  it('has no majority without votes', async () => {
    const { card } = await setup(closed({ voted: 0, outcome: [0, 0], ballots: [] }));
    expect(within(card).getByText('Result: no majority')).toBeTruthy();
    expect(within(card).queryByRole('list', { name: 'Ballots' })).toBeNull();
  });
});
