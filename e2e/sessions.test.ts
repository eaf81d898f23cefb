import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

describe('sessions', () => {
  const stack = sharedStack();

  it('a convener schedules a future session in the round time zone, then changes its format with a reason', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const title = `Follow-up on the ceasefire mechanism ${Date.now()}`;
    const reason = 'The parties agreed to meet in the same room.';

    const { page } = await stack.newPage();
    await signIn(page, 'russia@parley.test');
    await openAstana(page, 'Sessions');
    await page.getByLabel('Session title').fill(title);
    await page.getByLabel('Format', { exact: true }).selectOption('proximity');
    await page.getByLabel('Start (Asia/Almaty time)').fill(`${year}-02-15T10:00`);
    await page.getByLabel('End (Asia/Almaty time)').fill(`${year}-02-15T13:30`);
    await page.getByLabel('Room', { exact: true }).fill('Conference hall');
    await page.getByRole('button', { name: 'Schedule session' }).click();

    const session = page.getByRole('article', { name: title });
    await expectVisible(session);
    // 10:00 in Astana is shown as 10:00 there (the browser runs in London), with the zone named.
    await expectVisible(session.getByText(/10:00/));
    await expectVisible(session.getByText(/13:30/));
    await expectVisible(session.getByText(/Asia\/Almaty/));
    await expectVisible(session.getByText('Proximity', { exact: true }));
    const started = page.getByRole('article', { name: 'Closing session' });
    expect(await started.getByRole('button', { name: 'Change format' }).count()).toBe(0);

    await session.getByRole('button', { name: 'Change format' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New format').selectOption('plenary');
    await dialog.getByLabel('Reason for the change').fill(reason);
    await dialog.getByRole('button', { name: 'Save format change' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expectVisible(session.getByText('Plenary', { exact: true }));
    const history = session.getByRole('list', { name: 'Format changes' });
    await expectVisible(history);
    await expectVisible(history.getByText(/Proximity → Plenary/));
    await expectVisible(history.getByText(reason));

    // The stored instant is the Astana wall-clock time converted to UTC (UTC+5 since 2024, UTC+6 before).
    const stored = await page.evaluate(async (id) => {
      const response = await fetch(`/api/rounds/${id}`);
      const round = (await response.json()) as { sessions: { title: string; startsAt: string }[] };
      return round.sessions.find((s) => s.title.startsWith('Follow-up'))?.startsAt;
    }, new URL(page.url()).pathname.split('/')[2]);
    const expected = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Almaty',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(stored ?? ''));
    expect(expected).toBe('10:00');
  });

  it('shows the demo history: the ceasefire talks moved from bilateral to proximity', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'observer@parley.test');
    await openAstana(page, 'Sessions');
    const talks = page.getByRole('article', { name: 'Talks on the ceasefire' });
    await expectVisible(talks.getByText(/Bilateral → Proximity/));
    expect(await page.getByRole('button', { name: 'Schedule session' }).count()).toBe(0);
  });
});
