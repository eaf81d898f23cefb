// Starts Parley in-process (embedded PGlite, Astana demo) and drives the system Chromium against it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startParley } from '../src/server/http/app.ts';
import { sharedForFile } from '../src/server/testing/shared.ts';

export const DEMO_PASSWORD = 'astana-2017-demo';

const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Stack {
  url: string;
  browser: Browser;
  /** Without the demo: the one-time link that creates the first operator account. */
  setupUrl?: string | undefined;
  /** A fresh browser profile (own cookies and storage), like a separate person. */
  newPage(options?: { locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

async function startStack(options: { demo?: boolean } = {}): Promise<Stack> {
  if (!existsSync(`${WEB_ROOT}/index.html`)) {
    throw new Error(
      `The web client is not built (${WEB_ROOT}/index.html missing): run npm run build:web first.`,
    );
  }
  const server = await startParley({
    port: 0,
    dataDir: undefined,
    demo: options.demo ?? true,
    firstRunSetup: true,
    webRoot: WEB_ROOT,
    // Each test signs several people in from one address; the production limit would trip.
    config: { signInRateLimit: { max: 1000, timeWindowMs: 60_000 } },
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (e) {
    await server.close();
    throw e;
  }
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    setupUrl: server.setup?.url,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: options.locale ?? 'en-GB',
        timezoneId: 'Europe/London',
        viewport: { width: 1366, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Signs in through the form and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Negotiation processes' }).waitFor();
}

/** Opens the round "Astana I" from the home page, on the given tab. */
export async function openAstana(
  page: Page,
  tab?: 'Participants' | 'Invitations' | 'Sessions' | 'Agenda' | 'Talks' | 'Texts',
) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Astana I', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Astana I' }).waitFor();
  if (tab) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('heading', { level: 2, name: tab }).waitFor();
  }
}

/** Waits until a locator is visible; a failed wait reads as an assertion, not a timeout stack. */
export async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.waitFor({ state: 'visible' });
  expect(await locator.isVisible()).toBe(true);
}

/** One Parley and one browser for the whole test file, closed after it. */
export const sharedStack = (options: { demo?: boolean } = {}) =>
  sharedForFile(
    () => startStack(options),
    (stack) => stack.close(),
  );
