import { describe, expect, it } from 'vitest';
import { expectVisible, sharedStack } from './harness.ts';

describe('the first run, without the demo', () => {
  const stack = sharedStack({ demo: false });

  it('creates the operator through the console’s one-time link, which then works no more', async () => {
    expect(stack.setupUrl).toMatch(/\/setup\/[\w-]{40,}$/);
    const { page } = await stack.newPage();
    await page.goto(stack.setupUrl!);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Set up Parley' }));
    await page.getByLabel('Email').fill('ops@un.example');
    await page.getByLabel('Display name').fill('Mission support');
    await page.getByLabel('Password (at least 10 characters)').fill('short');
    await page.getByRole('button', { name: 'Create the operator account' }).click();
    await expectVisible(page.getByText('The password must have at least 10 characters.'));
    await page.getByLabel('Password (at least 10 characters)').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create the operator account' }).click();
    // Signed in as the operator: the administration area is there.
    await expectVisible(page.getByRole('heading', { name: 'Administration' }));

    const { page: other } = await stack.newPage();
    await other.goto(stack.setupUrl!);
    await expectVisible(other.getByRole('alert').filter({ hasText: 'cannot be used' }));
  });
});
