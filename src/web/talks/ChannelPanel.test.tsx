import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import {
  aChannel,
  aMe,
  aMessage,
  aParticipant,
  aRound,
  GOVERNMENT,
  MEDIATOR,
} from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ChannelPanel } from './ChannelPanel.tsx';

// Where the composer sits: whether a channel takes messages, and on whose line.
const party = aRound({ viewer: { participantIds: [GOVERNMENT], headOf: [GOVERNMENT] } });
const mediator = aRound({ viewer: { participantIds: [MEDIATOR] } });
const withObserver = aRound({
  viewer: { participantIds: [GOVERNMENT] },
  participants: [
    ...aRound().participants,
    aParticipant({
      id: 'p-us',
      actor: { id: 'a-us', name: 'United States', kind: 'state', members: [] },
      capacity: 'observer',
    }),
  ],
});

async function setup(
  round: RoundView,
  channel: ChannelView,
  messages: MessageView[] | Reply = [aMessage()],
) {
  const api = stubApi([
    { method: 'GET', path: '/api/auth/me', reply: ok(aMe()) },
    {
      method: 'GET',
      path: `/api/channels/${channel.id}/messages`,
      reply: Array.isArray(messages) ? ok({ messages, lastSeq: messages.length }) : messages,
    },
    { method: 'PUT', path: `/api/channels/${channel.id}/read`, reply: ok({ ok: true }) },
  ]);
  const rendered = await renderWithProviders(
    <ChannelPanel round={round} channelId={channel.id} channel={channel} />,
  );
  return { api, ...rendered };
}

describe('ChannelPanel', () => {
  it('gives a party the composer with the relay permission on its own line', async () => {
    const { api } = await setup(party, aChannel());
    expect(await screen.findByRole('form', { name: 'New message' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: /Relay permission/ })).toBeTruthy();
    expect(screen.getByText(/Your delegation’s line to the mediator team/)).toBeTruthy();
    await waitFor(() => expect(api.sent('PUT', '/api/channels/ch-line-gov/read')).toHaveLength(1));
    expect(api.sent('PUT', '/api/channels/ch-line-gov/read')[0]?.body).toEqual({ seq: 1 });
  });

  it('gives the mediators the composer on a party’s line, without a relay permission', async () => {
    await setup(mediator, aChannel());
    expect(await screen.findByRole('form', { name: 'New message' })).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.getByText(/A party’s line to the mediator team/)).toBeTruthy();
  });

  it('replaces the composer of a closed channel by why it is closed', async () => {
    const closed = aChannel({
      id: 'ch-plenary',
      kind: 'plenary',
      ownerParticipantId: null,
      canPost: false,
      closure: { reason: 'format_changed', to: 'proximity', at: '2017-01-23T10:30:00.000Z' },
    });
    await setup(party, closed);
    await screen.findByRole('log', { name: 'Messages' });
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('Closed');
    // 16:30 in Astana (UTC+6).
    expect(notice.textContent).toContain(
      'Closed on 23 Jan 2017, 16:30: the session became proximity talks.',
    );
    expect(screen.queryByRole('form', { name: 'New message' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Reply/ })).toBeNull();
  });

  it('says when a channel has no messages yet', async () => {
    await setup(party, aChannel(), []);
    expect(await screen.findByText('No messages yet.')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'New message' })).toBeTruthy();
  });

  it('shows why the messages could not be read, and offers no composer', async () => {
    await setup(party, aChannel(), apiError(403, 'forbidden'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You are not allowed to do this.',
    );
    expect(screen.queryByRole('form', { name: 'New message' })).toBeNull();
  });

  it.each([
    [
      'its own caucus',
      party,
      aChannel({ id: 'ch-c', kind: 'caucus', audienceParticipantIds: [GOVERNMENT] }),
      'Read by: your delegation only',
    ],
    [
      'its own line',
      party,
      aChannel(),
      'Read by: your delegation and the mediator team — United Nations',
    ],
    [
      'a party’s line, as a mediator',
      mediator,
      aChannel(),
      'Read by: the delegation of Government of Syria and the mediator team — United Nations',
    ],
    [
      'the mediator team’s channel',
      mediator,
      aChannel({
        id: 'ch-m',
        kind: 'mediators',
        ownerParticipantId: null,
        audienceParticipantIds: [MEDIATOR],
      }),
      'Read by: the mediator team — United Nations',
    ],
    [
      'a plenary with an observer',
      withObserver,
      aChannel({
        id: 'ch-p',
        kind: 'plenary',
        ownerParticipantId: null,
        audienceParticipantIds: [GOVERNMENT, MEDIATOR, 'p-us'],
      }),
      'Read by every seated participant, observers included',
    ],
  ])('says who reads %s', async (_, round, channel, words) => {
    await setup(round, channel);
    // Names are wrapped in bidi isolates; the reader sees the words without them.
    const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(
      await screen.findByText((_, el) => el?.tagName === 'P' && plain(el.textContent) === words),
    ).toBeTruthy();
  });

  it('names a sender once per run, separates days, and marks where the unread begin', async () => {
    const messages = [
      aMessage({ id: 'm-1', seq: 1, createdAt: '2017-01-23T04:00:00.000Z', body: 'First.' }),
      aMessage({ id: 'm-2', seq: 2, createdAt: '2017-01-23T04:01:00.000Z', body: 'Second.' }),
      aMessage({ id: 'm-3', seq: 3, createdAt: '2017-01-24T04:00:00.000Z', body: 'Next day.' }),
    ];
    await setup(party, aChannel({ lastSeq: 3, unread: 1 }), messages);
    const log = await screen.findByRole('log', { name: 'Messages' });
    const visibleSenders = log.querySelectorAll('article p[id^="message-"]');
    expect(visibleSenders).toHaveLength(2);
    expect(
      [...log.querySelectorAll('time')]
        .map((t) => t.getAttribute('datetime'))
        .filter((d) => d?.length === 10),
    ).toEqual(['2017-01-23', '2017-01-24']);
    const text = log.textContent ?? '';
    expect(text.indexOf('New messages')).toBeGreaterThan(text.indexOf('Second.'));
    expect(text.indexOf('New messages')).toBeLessThan(text.indexOf('Next day.'));
  });
});
