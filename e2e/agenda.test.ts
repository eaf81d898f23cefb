import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

describe('agenda', () => {
  const stack = sharedStack();

  it('the opposition head changes its stance on political transition, and the state follows', async () => {
    const comment = 'We can discuss it once the ceasefire holds.';
    const { page } = await stack.newPage();
    await signIn(page, 'opposition@parley.test');
    await openAstana(page, 'Agenda');

    const row = page.getByRole('row').filter({ hasText: 'Political transition' });
    await expectVisible(row.getByText('Contested', { exact: true }));
    await expectVisible(row.getByText('No political discussions at this round.'));
    // One column is editable: the viewer's own party.
    expect(await row.getByRole('button', { name: 'Set stance' }).count()).toBe(1);

    await row.getByRole('button', { name: 'Set stance' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Stance', { exact: true }).selectOption('reserve');
    await dialog.getByLabel('Comment').fill(comment);
    await dialog.getByRole('button', { name: 'Save stance' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expectVisible(row.getByText(comment));
    await expectVisible(row.getByText('Reserve', { exact: true }));
    await expectVisible(row.getByText('Open', { exact: true }));
    expect(await row.getByText('Contested', { exact: true }).count()).toBe(0);

    // Another reader sees the same matrix.
    const other = (await stack.newPage()).page;
    await signIn(other, 'mediator@parley.test');
    await openAstana(other, 'Agenda');
    const seen = other.getByRole('row').filter({ hasText: 'Political transition' });
    await expectVisible(seen.getByText(comment));
    expect(await seen.getByRole('button', { name: 'Set stance' }).count()).toBe(0);
  });
});
