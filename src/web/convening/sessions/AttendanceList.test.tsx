import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionPhase } from '../../../core/convening/sessions.ts';
import type { RoundView, SessionView } from '../../shared/api/types.ts';
import { aRound, GOVERNMENT, MEDIATOR, OPPOSITION } from '../../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { AttendanceList } from './AttendanceList.tsx';

const aSession = (overrides: Partial<SessionView> = {}): SessionView => ({
  id: 's-opening',
  title: 'Opening session',
  format: 'plenary',
  startsAt: '2017-01-23T04:00:00.000Z',
  endsAt: '2017-01-23T06:00:00.000Z',
  room: '',
  participantIds: [],
  started: true,
  formatChanges: [],
  attendance: [],
  ...overrides,
});
const host = aRound({ viewer: { actions: ['session.recordAttendance'] } });
const observer = aRound();
const PATH = '/api/sessions/s-opening/attendance';

/** Matches a sentence whatever isolates keep its names' direction apart. */
const plainly = (text: string) => (content: string, element: Element | null) =>
  element?.tagName === 'P' && content.replace(/[\u2068\u2069]/g, '') === text;

async function setup(
  round: RoundView,
  session: SessionView,
  {
    phase = 'ended' as SessionPhase,
    reply = ok(round) as Reply,
    language = 'en' as 'en' | 'ar',
  } = {},
) {
  const api = stubApi([{ method: 'PUT', path: PATH, reply }]);
  const rendered = await renderWithProviders(
    <AttendanceList round={round} session={session} phase={phase} />,
    { language },
  );
  return { api, ...rendered };
}

describe('taking attendance', () => {
  it('starts everyone as present, so only the exceptions need a click, and saves once', async () => {
    const { user, api } = await setup(host, aSession());
    expect(screen.getByText('Not recorded')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Take attendance' }));
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => [b.labels?.[0]?.textContent, b.checked])).toEqual([
      ['Government of Syria', true],
      ['Syrian opposition', true],
      ['United Nations', true],
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Syrian opposition' }));
    const why = screen.getByRole('combobox', { name: 'Why Syrian opposition was not present' });
    expect((why as HTMLSelectElement).value).toBe('absent');
    await user.selectOptions(why, 'walked_out');
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));
    await waitFor(() => expect(api.sent('PUT', PATH)).toHaveLength(1));
    expect(api.sent('PUT', PATH)[0]?.body).toEqual({
      attendance: [
        { participantId: GOVERNMENT, status: 'present' },
        { participantId: OPPOSITION, status: 'walked_out' },
        { participantId: MEDIATOR, status: 'present' },
      ],
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Save attendance' })).toBeNull(),
    );
  });

  it('sends only what changed when attendance is corrected', async () => {
    const recorded = aSession({
      attendance: [GOVERNMENT, OPPOSITION, MEDIATOR].map((participantId) => ({
        participantId,
        status: 'present' as const,
      })),
    });
    const { user, api } = await setup(host, recorded);
    expect(
      screen.getByText(
        plainly('3 of 3 present — Government of Syria, Syrian opposition and United Nations'),
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change attendance' }));
    await user.click(screen.getByRole('checkbox', { name: 'United Nations' }));
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));
    await waitFor(() => expect(api.sent('PUT', PATH)).toHaveLength(1));
    expect(api.sent('PUT', PATH)[0]?.body).toEqual({
      attendance: [{ participantId: MEDIATOR, status: 'absent' }],
    });
  });

  it('keeps the list and says why when the server refuses it', async () => {
    const { user } = await setup(host, aSession(), {
      reply: apiError(403, 'forbidden'),
    });
    await user.click(screen.getByRole('button', { name: 'Take attendance' }));
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You are not allowed to do this.',
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  it('is not offered before the session starts', async () => {
    await setup(host, aSession({ started: false }), { phase: 'scheduled' });
    expect(screen.getByText('Attendance is taken once the session has started.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows an observer what was recorded, and no way to change it', async () => {
    const session = aSession({
      attendance: [
        { participantId: GOVERNMENT, status: 'present' },
        { participantId: OPPOSITION, status: 'walked_out' },
      ],
    });
    await setup(observer, session);
    expect(screen.getByText(plainly('1 of 3 present — Government of Syria'))).toBeTruthy();
    // The exceptions, each with its status.
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual(['Syrian oppositionWalked out', 'United NationsNot recorded']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks Arabic', async () => {
    const { user } = await setup(host, aSession(), { language: 'ar' });
    await user.click(screen.getByRole('button', { name: 'تسجيل الحضور' }));
    const form = screen.getByRole('form', { name: 'تسجيل الحضور' });
    await user.click(within(form).getByRole('checkbox', { name: 'United Nations' }));
    expect(
      within(form).getByRole('combobox', { name: 'سبب عدم حضور United Nations' }),
    ).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'حفظ الحضور' })).toBeTruthy();
  });
});
