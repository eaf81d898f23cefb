import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectVisible, signIn, sharedStack } from './harness.ts';

describe('signing in', () => {
  const stack = sharedStack();

  it('in English: sees the process and its round, then signs out', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'russia@parley.test');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await expectVisible(page.getByRole('link', { name: 'Syria — Astana talks' }));
    await page.getByRole('link', { name: 'Astana I', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Astana I' }));
    await expectVisible(page.getByText(/Venue: \W?Astana/));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
    // The session is gone on the server too, not just forgotten by the page.
    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
  });

  it('in Arabic: the page turns right-to-left and the choice is remembered', async () => {
    const { page } = await stack.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[dir="rtl"][lang="ar"]').waitFor({ state: 'attached' });
    await expectVisible(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' }));

    await page.getByLabel('البريد الإلكتروني').fill('observer@parley.test');
    await page.getByLabel('كلمة المرور').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'دخول', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'مسارات التفاوض' }));
    await expectVisible(page.getByRole('link', { name: 'Syria — Astana talks' }));
    await expectVisible(page.getByRole('link', { name: 'Astana I', exact: true }));

    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'مسارات التفاوض' }));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' }));

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[dir="ltr"][lang="en"]').waitFor({ state: 'attached' });
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
  });

  it('a wrong password gets a generic message', async () => {
    const { page } = await stack.newPage();
    await page.goto('/');
    await page.getByLabel('Email').fill('russia@parley.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Sign-in failed' }));
  });
});
