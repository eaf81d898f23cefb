import { describe, expect, it } from 'vitest';
import { expectVisible, signIn, sharedStack } from './harness.ts';

describe('account', () => {
  const stack = sharedStack();

  it('lists where I am signed in, marks this browser, and signs another out', async () => {
    const laptop = (await stack.newPage()).page;
    const phone = (await stack.newPage()).page;
    await signIn(laptop, 'iran@parley.test');
    await signIn(phone, 'iran@parley.test');

    await laptop.getByRole('link', { name: 'Account' }).click();
    await laptop.getByRole('heading', { level: 2, name: 'Where you are signed in' }).waitFor();
    await expectVisible(laptop.getByText('This browser', { exact: true }));
    const revoke = laptop.getByRole('button', { name: /^Sign out the browser/ });
    await revoke.first().waitFor();
    expect(await revoke.count()).toBe(1);
    await revoke.click();
    await laptop
      .getByRole('button', { name: /^Sign out the browser/ })
      .waitFor({ state: 'detached' });

    await phone.reload();
    await expectVisible(phone.getByRole('heading', { level: 1, name: 'Sign in' }));
    await laptop.reload();
    await expectVisible(laptop.getByRole('heading', { level: 1, name: 'Account' }));
  });

  it('changes the password, which signs the other browser out', async () => {
    const laptop = (await stack.newPage()).page;
    const phone = (await stack.newPage()).page;
    await signIn(laptop, 'turkey@parley.test');
    await signIn(phone, 'turkey@parley.test');
    await laptop.getByRole('link', { name: 'Account' }).click();
    const form = laptop.getByRole('region', { name: 'Change your password' });
    await form.getByRole('button', { name: 'Change password' }).click();
    await expectVisible(form.getByText('Fill this in.'));
    await form.getByLabel('Current password').fill('astana-2017-demo');
    await form.getByLabel('New password (at least 10 characters)').fill('ankara-2017-guarantor');
    await form.getByLabel('New password again').fill('ankara-2017-guarantor');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expectVisible(form.getByText(/you are signed out everywhere else/));

    await phone.reload();
    await expectVisible(phone.getByRole('heading', { level: 1, name: 'Sign in' }));
    await signIn(phone, 'turkey@parley.test', 'ankara-2017-guarantor');
  });
});
