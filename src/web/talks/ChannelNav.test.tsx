import { screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { aChannel, aRound, GOVERNMENT, OPPOSITION } from '../testing/factories.ts';
import { stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ChannelNav } from './ChannelNav.tsx';

const round = aRound({ viewer: { participantIds: [GOVERNMENT], headOf: [GOVERNMENT] } });
const caucus = aChannel({
  id: 'ch-caucus',
  kind: 'caucus',
  audienceParticipantIds: [GOVERNMENT],
  lastSeq: 4,
  unread: 2,
  lastMessage: {
    seq: 4,
    type: 'statement',
    createdAt: '2017-01-23T04:00:00.000Z',
    from: { kind: 'participant', participantId: GOVERNMENT, userId: 'u-gov' },
    excerpt: 'We accept the monitoring text.',
  },
});
const line = aChannel({ id: 'ch-line' });
const plenary = aChannel({ id: 'ch-plenary', kind: 'plenary', ownerParticipantId: null });

function Where() {
  return <output aria-label="where">{useLocation().search}</output>;
}

async function show(selectedId: string) {
  stubApi([]);
  return renderWithProviders(
    <Routes>
      <Route
        path="*"
        element={
          <>
            <ChannelNav
              round={round}
              channels={[plenary, line, caucus]}
              selectedId={selectedId}
              relayOpen={false}
            />
            <Where />
          </>
        }
      />
    </Routes>,
  );
}

describe('ChannelNav', () => {
  it('lists channels by kind with the latest message, its sender and the unread count', async () => {
    await show('ch-line');
    const nav = screen.getByRole('navigation', { name: 'Channels' });
    const groups = within(nav)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['Caucus', 'Proximity lines', 'Plenary']);
    const entry = within(nav).getByRole('link', { name: /Caucus/ });
    expect(entry.textContent).toContain('Government of Syria: We accept the monitoring text.');
    expect(entry.textContent).toContain('2 unread');
    expect(within(nav).getByRole('link', { name: /Line/ }).textContent).toContain(
      'No messages yet',
    );
    expect(within(nav).getByRole('link', { name: /Line/ }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('moves to the next and previous channel with Alt+↓ and Alt+↑, in list order', async () => {
    const { user } = await show('ch-line');
    await user.click(screen.getByRole('link', { name: /Line/ }));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('status', { name: 'where' }).textContent).toBe(
      '?tab=talks&channel=ch-plenary',
    );
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByRole('status', { name: 'where' }).textContent).toBe(
      '?tab=talks&channel=ch-caucus',
    );
  });

  it('names another delegation’s sender by the delegation', async () => {
    stubApi([]);
    const other = aChannel({
      ...caucus,
      lastMessage: {
        ...caucus.lastMessage!,
        from: { kind: 'participant', participantId: OPPOSITION, userId: 'u' },
      },
    });
    await renderWithProviders(
      <ChannelNav round={round} channels={[other]} selectedId={null} relayOpen={false} />,
    );
    expect(screen.getByRole('link', { name: /Caucus/ }).textContent).toContain(
      'Syrian opposition:',
    );
  });
});
