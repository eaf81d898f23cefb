import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { aChannel, aMessage, aRound, MEDIATOR, OPPOSITION } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import type { LineMessages } from './model.ts';
import { RelayComposer } from './RelayComposer.tsx';

const govLine = aChannel({ canPost: false, canRelay: true });
const oppLine = aChannel({ id: 'ch-line-opp', ownerParticipantId: OPPOSITION, canRelay: true });

const kept = aMessage({ id: 'm-1', seq: 1, body: 'Our red lines, for you only.' });
const relayable = aMessage({
  id: 'm-2',
  seq: 2,
  body: 'We could accept monitoring by the guarantors.',
  relayPermission: 'may_relay',
});
const attributable = aMessage({
  id: 'm-3',
  seq: 3,
  body: 'The government will attend the next round.',
  relayPermission: 'may_relay_attributed',
});
const fromMediators = aMessage({
  id: 'm-4',
  seq: 4,
  body: 'We will pass this on.',
  from: { kind: 'mediators' },
  relayPermission: null,
});
const oppRelayable = aMessage({
  id: 'm-5',
  channelId: 'ch-line-opp',
  seq: 1,
  body: 'We need guarantees for the besieged areas.',
  from: { kind: 'participant', participantId: OPPOSITION, userId: 'u-opp-head' },
  relayPermission: 'may_relay',
});

const LINES: LineMessages[] = [
  { channel: govLine, messages: [kept, relayable, attributable, fromMediators] },
  { channel: oppLine, messages: [oppRelayable] },
];

/** The relay console holds the chosen source; so does this stand-in. */
function Console({
  lines,
  onSource,
}: {
  lines: LineMessages[];
  onSource: (id: string | null) => void;
}) {
  const [sourceId, setSourceId] = useState<string | null>(null);
  const round = aRound({ viewer: { participantIds: [MEDIATOR], actions: ['message.relay'] } });
  return (
    <RelayComposer
      round={round}
      lines={lines}
      sourceId={sourceId}
      onSourceChange={(id) => {
        setSourceId(id);
        onSource(id);
      }}
    />
  );
}

const RELAYS = /^\/api\/channels\/[^/]+\/relays$/;

async function setup({ lines = LINES, reply }: { lines?: LineMessages[]; reply?: Reply } = {}) {
  const api = stubApi([
    {
      method: 'POST',
      path: RELAYS,
      reply:
        reply ??
        ((r) =>
          ok(
            aMessage({
              id: 'm-9',
              channelId: 'ch-line-opp',
              body: (r.body as { body: string }).body,
              from: { kind: 'mediators' },
              relayPermission: null,
              relay: { sourceMessageId: 'm-2', attributedTo: null },
            }),
          )),
    },
  ]);
  const onSource = vi.fn();
  const { user } = await renderWithProviders(<Console lines={lines} onSource={onSource} />);
  return { api, user, onSource };
}

const sourceSelect = () =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: 'Source message' });
const bodyBox = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: /What the other side will read/ });
const rules = () =>
  within(screen.getByRole('note'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('RelayComposer: the source', () => {
  it('offers only the parties’ own words they allowed to be relayed', async () => {
    await setup();
    const options = within(sourceSelect()).getAllByRole<HTMLOptionElement>('option');
    expect(options.map((o) => o.value)).toEqual(['', 'm-2', 'm-3', 'm-5']);
    expect(options[1]?.textContent).toMatch(
      /Line — .*Government of Syria.*, no\. 2: .*We could accept/,
    );
    expect(screen.queryByRole('combobox', { name: 'To the line of' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Relay' })).toBeNull();
  });

  it('has nothing to offer when no party allowed a relay', async () => {
    await setup({
      lines: [
        { channel: govLine, messages: [kept] },
        { channel: oppLine, messages: [] },
      ],
    });
    expect(
      within(sourceSelect())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…']);
  });

  it('relays to the other line only, paraphrase or exact words, never naming the source', async () => {
    const { user, onSource } = await setup();
    await user.selectOptions(sourceSelect(), 'm-2');
    expect(onSource).toHaveBeenLastCalledWith('m-2');
    const target = screen.getByRole<HTMLSelectElement>('combobox', { name: 'To the line of' });
    expect(
      within(target)
        .getAllByRole<HTMLOptionElement>('option')
        .map((o) => o.value),
    ).toEqual(['ch-line-opp']);
    expect(rules()).toEqual([
      expect.stringContaining('May be relayed'),
      'Exact words: allowed.',
      'Naming the source: not allowed; the recipient will not learn who said it.',
      expect.stringContaining('From the mediators'),
    ]);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use exact words' }));
    expect(bodyBox().value).toBe('We could accept monitoring by the guarantors.');
  });
});

describe('RelayComposer: sending', () => {
  it('posts the relay to the target line and reports it done', async () => {
    const { user, api, onSource } = await setup();
    await user.selectOptions(sourceSelect(), 'm-2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'proposal');
    await user.type(bodyBox(), 'One side could accept monitoring by the guarantors.');
    await user.click(screen.getByRole('button', { name: 'Relay' }));
    await screen.findByText('Relayed.');
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/channels/ch-line-opp/relays',
    ]);
    expect(api.requests[0]?.body).toEqual({
      sourceMessageId: 'm-2',
      type: 'proposal',
      body: 'One side could accept monitoring by the guarantors.',
      attribute: false,
      idempotencyKey: expect.any(String),
    });
    expect(onSource).toHaveBeenLastCalledWith(null);
    expect(sourceSelect().value).toBe('');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('may name the source party when the source allowed attribution', async () => {
    const { user, api } = await setup();
    await user.selectOptions(sourceSelect(), 'm-3');
    expect(rules()[2]).toMatch(/Naming the source: allowed \(.*Government of Syria.*\)\./);
    const attribute = screen.getByRole<HTMLInputElement>('checkbox', {
      name: /Name the source party \(.*Government of Syria.*\)/,
    });
    expect(attribute.checked).toBe(false);
    await user.click(attribute);
    await user.type(bodyBox(), 'The government will attend.');
    await user.click(screen.getByRole('button', { name: 'Relay' }));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]?.body).toMatchObject({ sourceMessageId: 'm-3', attribute: true });
  });

  it('relays the opposition’s words to the government’s line', async () => {
    const { user, api } = await setup();
    await user.selectOptions(sourceSelect(), 'm-5');
    const target = screen.getByRole<HTMLSelectElement>('combobox', { name: 'To the line of' });
    expect(target.value).toBe('ch-line-gov');
    await user.type(bodyBox(), 'The other side asks for guarantees.');
    await user.click(screen.getByRole('button', { name: 'Relay' }));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]?.path).toBe('/api/channels/ch-line-gov/relays');
  });
});

describe('RelayComposer: failures', () => {
  it('shows a refusal and keeps the words', async () => {
    const { user, api } = await setup({ reply: apiError(403, 'forbidden') });
    await user.selectOptions(sourceSelect(), 'm-2');
    await user.type(bodyBox(), 'Paraphrase');
    await user.click(screen.getByRole('button', { name: 'Relay' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You are not allowed to do this.',
    );
    expect(bodyBox().value).toBe('Paraphrase');
    expect(screen.queryByText('Relayed.')).toBeNull();
    expect(api.requests).toHaveLength(1);
  });

  it('after a server failure offers to send again, with the same key', async () => {
    const { user, api } = await setup({ reply: apiError(500, 'internal') });
    await user.selectOptions(sourceSelect(), 'm-2');
    await user.type(bodyBox(), 'Paraphrase');
    await user.click(screen.getByRole('button', { name: 'Relay' }));
    await screen.findByRole('button', { name: 'Send again' });
    expect(screen.getByText(/Sending again cannot make it arrive twice/)).toBeTruthy();
    expect(api.requests).toHaveLength(3);
    expect(
      new Set(api.requests.map((r) => (r.body as { idempotencyKey: string }).idempotencyKey)).size,
    ).toBe(1);
  });
});
