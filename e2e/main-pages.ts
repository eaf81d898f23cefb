// The main pages of Parley, each opened as the demo account that shows it at its fullest. The phone
// layout test walks them, and so does the screenshot review (scripts/screenshots.ts).
import type { Locator, Page } from 'playwright-core';

const DEMO_PASSWORD = 'astana-2017-demo';

export type Language = 'en' | 'ar';

export interface MainPage {
  /** The file name of its screenshots, and how the review's index names it. */
  slug: string;
  title: string;
  /** Who is signed in; null for a page seen signed out. */
  account: string | null;
  /** Opens the page in English from anywhere, and waits for its content. */
  open(page: Page): Promise<void>;
  /** Where the page's own content starts, below what every page of its kind shows first. */
  focus?(page: Page): Locator;
}

type RoundTab = 'Participants' | 'Invitations' | 'Sessions' | 'Agenda' | 'Talks' | 'Texts';

async function openHome(page: Page) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Negotiation processes' }).waitFor();
}

async function openRound(page: Page, tab: RoundTab) {
  await openHome(page);
  await page.getByRole('link', { name: 'Astana I', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Astana I' }).waitFor();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('heading', { level: 2, name: tab }).waitFor();
}

const roundTab = (tab: RoundTab, account: string): MainPage => ({
  slug: `round-${tab.toLowerCase()}`,
  title: `Round Astana I: ${tab}`,
  account,
  open: (page) => openRound(page, tab),
  focus: (page) => page.getByRole('tab', { name: tab }),
});

export const MAIN_PAGES: readonly MainPage[] = [
  {
    slug: 'sign-in',
    title: 'Sign in',
    account: null,
    async open(page) {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    },
  },
  {
    slug: 'home',
    title: 'Home: negotiation processes',
    account: 'mediator@parley.test',
    open: openHome,
  },
  {
    slug: 'process',
    title: 'A process and its rounds',
    account: 'russia@parley.test',
    async open(page) {
      await openHome(page);
      await page.getByRole('link', { name: 'Syria — Astana talks' }).click();
      await page.getByRole('heading', { level: 2, name: 'Rounds' }).waitFor();
    },
  },
  roundTab('Participants', 'opposition@parley.test'),
  roundTab('Invitations', 'russia@parley.test'),
  roundTab('Sessions', 'russia@parley.test'),
  roundTab('Agenda', 'government@parley.test'),
  roundTab('Talks', 'mediator@parley.test'),
  roundTab('Texts', 'russia@parley.test'),
  {
    slug: 'text',
    title: 'A negotiating text (Rev.2, adopted)',
    account: 'opposition@parley.test',
    async open(page) {
      await openRound(page, 'Texts');
      await page.getByRole('row').filter({ hasText: 'Rev.2' }).getByRole('link').click();
      await page.getByRole('heading', { level: 2, name: /^Joint statement/u }).waitFor();
      await page.getByRole('heading', { level: 3 }).first().waitFor();
    },
    focus: (page) => page.getByRole('heading', { level: 2 }).first(),
  },
  {
    slug: 'account',
    title: 'Account',
    account: 'government@parley.test',
    async open(page) {
      await page.goto('/account');
      await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    },
  },
  {
    slug: 'admin',
    title: 'Administration (the operator’s home page)',
    account: 'operator@parley.test',
    async open(page) {
      await openHome(page);
      await page.getByRole('heading', { level: 2, name: 'Administration' }).waitFor();
    },
    focus: (page) => page.getByRole('heading', { level: 2, name: 'Administration' }),
  },
];

export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Negotiation processes' }).waitFor();
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ar: 'العربية' };
/** The header's menu button, in either language; shown on narrow screens only. */
const MENU = /^(Menu|القائمة)$/u;

/**
 * Switches the interface language with the header's language buttons, opening the header menu
 * first where they live in it (narrow screens).
 */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  const name = LANGUAGE_NAMES[language];
  const header = page.getByRole('banner');
  const inline = header.getByRole('button', { name, exact: true });
  const menu = header.getByRole('button', { name: MENU });
  await inline.or(menu).first().waitFor();
  if (await inline.isVisible()) {
    await inline.click();
  } else {
    await menu.click();
    await page.getByRole('menuitemradio', { name, exact: true }).click();
  }
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.keyboard.press('Escape');
  await settle(page);
}

/** Waits for requests, fonts and transitions to finish, so that what is measured is what stays. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => setTimeout(resolve, 250));
  });
}
