import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../shared/api/types.ts';
import { aRound } from '../../testing/factories.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { SessionItem } from './SessionItem.tsx';

// The closing session of Astana I: 14:00–16:00 on 24 January 2017 in Astana (UTC+6).
const closing: SessionView = {
  id: 's-closing',
  title: 'Closing session',
  format: 'plenary',
  startsAt: '2017-01-24T08:00:00.000Z',
  endsAt: '2017-01-24T10:00:00.000Z',
  room: '',
  participantIds: [],
  started: true,
  formatChanges: [],
  attendance: [],
};
const convener = aRound({ viewer: { isConvener: true, actions: ['session.changeFormat'] } });

const render = (now: string, language: 'en' | 'ar' = 'en') =>
  renderWithProviders(
    <SessionItem
      round={convener}
      session={closing}
      now={Date.parse(now)}
      onChangeFormat={() => {}}
    />,
    { language },
  );

describe('a session’s phase', () => {
  it.each([
    ['2017-01-24T07:59:00Z', 'Scheduled', 'مجدولة'],
    ['2017-01-24T09:00:00Z', 'In progress', 'جارية'],
    ['2017-01-24T10:00:00Z', 'Ended', 'انتهت'],
    ['2026-01-24T10:00:00Z', 'Ended', 'انتهت'],
  ])('at %s it says %s', async (now, english, arabic) => {
    const { unmount } = await render(now);
    expect(screen.getByText(english)).toBeTruthy();
    unmount();
    await render(now, 'ar');
    expect(screen.getByText(arabic)).toBeTruthy();
  });

  it('writes its times in the round’s time zone', async () => {
    await render('2026-01-24T10:00:00Z');
    expect(screen.getByText(/24 Jan 2017, 14:00/)).toBeTruthy();
    expect(screen.getByText('16:00')).toBeTruthy();
  });

  it('offers a format change only while the session is still to come', async () => {
    const { unmount } = await render('2017-01-24T07:00:00Z');
    expect(screen.getByRole('button', { name: 'Change format' })).toBeTruthy();
    unmount();
    await render('2017-01-24T08:30:00Z');
    expect(screen.queryByRole('button', { name: 'Change format' })).toBeNull();
  });
});
