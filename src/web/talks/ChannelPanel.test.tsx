import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { aChannel, aMe, aMessage, aRound, GOVERNMENT, MEDIATOR } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ChannelPanel } from './ChannelPanel.tsx';

// Where the composer sits: whether a channel takes messages, and on whose line.
const party = aRound({ viewer: { participantIds: [GOVERNMENT], headOf: [GOVERNMENT] } });
const mediator = aRound({ viewer: { participantIds: [MEDIATOR] } });

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
});
