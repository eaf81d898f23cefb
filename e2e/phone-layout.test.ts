import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedStack } from './harness.ts';
import { MAIN_PAGES, settle, signInAs, switchLanguage, type Language } from './main-pages.ts';
import { check } from './phone-layout.ts';

// Every main page on a 360 × 740 touch screen, in English and Arabic: nothing wider than the
// screen, a header whose controls neither overlap each other nor the page, controls a finger can
// hit (44 px), and the header's menu likewise when opened.
const PHONE = { width: 360, height: 740 };
const MENU = /^(Menu|القائمة)$/u;

async function pageProblems(page: Page, where: string): Promise<string[]> {
  await settle(page);
  return [
    ...(await check(page, 'horizontalOverflow', where)),
    ...(await check(page, 'headerProblems', where)),
    ...(await check(page, 'smallTouchTargets', where)),
  ];
}

async function menuProblems(page: Page, where: string): Promise<string[]> {
  await page.getByRole('banner').getByRole('button', { name: MENU }).click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  await settle(page);
  const problems = [
    ...(await check(page, 'horizontalOverflow', `${where}, menu open`)),
    ...(await check(page, 'smallTouchTargets', `${where}, menu open`)),
  ];
  const box = await menu.boundingBox();
  if (!box || box.y + box.height > PHONE.height) {
    problems.push(`${where}: the open menu does not fit the screen's height`);
  }
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  return problems;
}

describe('phone layout (360 × 740, touch)', () => {
  const stack = sharedStack();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  for (const main of MAIN_PAGES) {
    it(`${main.title}: fits the screen, header and touch targets included, in English and Arabic`, async () => {
      context = await stack.browser.newContext({
        baseURL: stack.url,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        viewport: PHONE,
        hasTouch: true,
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      if (main.account !== null) await signInAs(page, main.account);
      else await page.goto('/');
      await main.open(page);
      const found: string[] = [];
      for (const language of ['en', 'ar'] as const satisfies readonly Language[]) {
        await switchLanguage(page, language);
        const where = `${main.slug} (${language})`;
        found.push(...(await pageProblems(page, where)), ...(await menuProblems(page, where)));
      }
      expect(found).toEqual([]);
    });
  }

  it('the header holds everything in one row from 992 px, with the longest demo name', async () => {
    context = await stack.browser.newContext({
      baseURL: stack.url,
      viewport: { width: 992, height: 700 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await signInAs(page, 'observer@parley.test');
    const found: string[] = [];
    for (const language of ['en', 'ar'] as const) {
      await switchLanguage(page, language);
      found.push(...(await check(page, 'headerProblems', `home at 992 px (${language})`)));
      found.push(...(await check(page, 'horizontalOverflow', `home at 992 px (${language})`)));
    }
    expect(found).toEqual([]);
  });

  it('coarse pointers are what the touch screen reports', async () => {
    context = await stack.browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  });
});
