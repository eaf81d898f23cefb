import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectVisible, signIn, startStack, type Stack } from './harness.ts';

describe('account', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('lists my sessions, marks the current one, and revokes another', async () => {
    const laptop = (await stack.newPage()).page;
    const phone = (await stack.newPage()).page;
    await signIn(laptop, 'iran@parley.test');
    await signIn(phone, 'iran@parley.test');

    await laptop.getByRole('link', { name: 'Account' }).click();
    await laptop.getByRole('heading', { level: 2, name: 'Active sessions' }).waitFor();
    await expectVisible(laptop.getByText('This session', { exact: true }));
    const revoke = laptop.getByRole('button', { name: /^Revoke/ });
    await revoke.first().waitFor();
    expect(await revoke.count()).toBe(1);
    await revoke.click();
    await laptop.getByRole('button', { name: /^Revoke/ }).waitFor({ state: 'detached' });

    await phone.reload();
    await expectVisible(phone.getByRole('heading', { level: 1, name: 'Sign in' }));
    await laptop.reload();
    await expectVisible(laptop.getByRole('heading', { level: 1, name: 'Account' }));
  });
});
