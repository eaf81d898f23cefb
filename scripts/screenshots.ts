// The screenshot review: every main page in English and Arabic, at desktop and phone width, written
// to docs/screens/ with its index (README.md). Run with `npm run screenshots` (it builds the web app
// first): Parley starts with the demo on a temporary data directory and a free port.
// `npm run screenshots -- text round-agenda` retakes only the pages named, leaving the index.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { chromium, type Browser, type ElementHandle, type Page } from 'playwright-core';
import { startParley } from '../src/server/http/app.ts';
import {
  MAIN_PAGES,
  settle,
  signInAs,
  switchLanguage,
  type Language,
  type MainPage,
} from '../e2e/main-pages.ts';

const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/screens', import.meta.url));
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

// One device pixel per CSS pixel and the viewport only: the review stays a few megabytes.
const WIDTHS = {
  desktop: { viewport: { width: 1280, height: 800 }, hasTouch: false },
  phone: { viewport: { width: 360, height: 740 }, hasTouch: true },
} as const;
type Width = keyof typeof WIDTHS;
const LANGUAGES: readonly Language[] = ['en', 'ar'];
type Scheme = 'light' | 'dark';
/** Dark screenshots for a few pages only: enough to review the dark tokens, small enough to keep. */
const DARK_PAGES = new Set(['home', 'round-agenda', 'round-talks', 'text']);

/** The page on which a phone's header menu is shown open as well. */
const MENU_PAGE = 'home';
const MENU_SLUG = 'header-menu';

async function shootMenu(page: Page, language: Language, scheme: Scheme) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: language === 'en' ? 'Menu' : 'القائمة' })
    .click();
  await page.getByRole('menu').waitFor();
  await settle(page);
  const name = fileName(MENU_SLUG, language, 'phone', scheme);
  await page.screenshot({ path: join(OUT, name), animations: 'disabled', caret: 'hide' });
  await page.keyboard.press('Escape');
  return name;
}

const fileName = (slug: string, language: Language, width: Width, scheme: Scheme) =>
  `${slug}-${language}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;

/** On a phone, scrolls the page's own content up under the header, as a reader would. */
async function scrollTo(focus: ElementHandle | null) {
  await focus?.evaluate((el) => {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
  });
}

async function shoot(
  browser: Browser,
  baseURL: string,
  main: MainPage,
  scheme: Scheme,
  width: Width,
) {
  const written: string[] = [];
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...WIDTHS[width],
    deviceScaleFactor: 1,
    colorScheme: scheme,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  if (main.account !== null) await signInAs(page, main.account);
  else await page.goto('/');
  for (const language of LANGUAGES) {
    await switchLanguage(page, 'en');
    await main.open(page);
    // Found by its English name, and still the same element in the other language.
    const focus = width === 'phone' && main.focus ? await main.focus(page).elementHandle() : null;
    if (language !== 'en') await switchLanguage(page, language);
    await scrollTo(focus);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle(page);
    const name = fileName(main.slug, language, width, scheme);
    await page.screenshot({ path: join(OUT, name), animations: 'disabled', caret: 'hide' });
    written.push(name);
    console.log(name);
    if (main.slug === MENU_PAGE && width === 'phone') {
      written.push(await shootMenu(page, language, scheme));
    }
  }
  await context.close();
  return written;
}

/** A page's shots, tried a second time after a failure (a slow start, a busy machine). */
async function shootOnce(...args: Parameters<typeof shoot>): Promise<string[]> {
  try {
    return await shoot(...args);
  } catch (first) {
    const [, , main, scheme, width] = args;
    console.warn(`${main.slug} (${width}, ${scheme}) failed, once more: ${String(first)}`);
    return shoot(...args);
  }
}

function readme(written: Set<string>): string {
  const lines = [
    '# Screenshot review',
    '',
    'Every main page of Parley in English and Arabic, at desktop (1280 × 800) and phone (360 × 740,',
    'a touch screen) width, with the Astana demo loaded; a few pages in the dark theme as well. On a',
    'phone the round’s tabs, a text and the administration are scrolled to their own content.',
    'Generated by',
    '`npm run screenshots` (`scripts/screenshots.ts`): regenerate after a visible change, and look.',
    '',
    '| page | signed in as | desktop | phone |',
    '| ---- | ------------ | ------- | ----- |',
  ];
  for (const main of MAIN_PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      const link = (language: Language, width: Width) => {
        const name = fileName(main.slug, language, width, scheme);
        return written.has(name) ? `[${language === 'en' ? 'English' : 'العربية'}](${name})` : '';
      };
      const cell = (width: Width) => [link('en', width), link('ar', width)].join(' · ');
      if (!link('en', 'desktop')) continue;
      const title = scheme === 'dark' ? `${main.title}, dark` : main.title;
      lines.push(`| ${title} | ${main.account ?? '—'} | ${cell('desktop')} | ${cell('phone')} |`);
    }
  }
  for (const scheme of ['light', 'dark'] as const) {
    const names = LANGUAGES.map((language) => fileName(MENU_SLUG, language, 'phone', scheme));
    if (!names.every((name) => written.has(name))) continue;
    const links = names.map((name, i) => `[${i === 0 ? 'English' : 'العربية'}](${name})`);
    const title = `The header menu, open${scheme === 'dark' ? ', dark' : ''}`;
    const account = MAIN_PAGES.find((p) => p.slug === MENU_PAGE)?.account ?? '—';
    lines.push(`| ${title} | ${account} | — | ${links.join(' · ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error('The web client is not built: run npm run build:web first.');
  }
  const only = new Set(process.argv.slice(2));
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-screens-'));
  const server = await startParley({
    port: 0,
    dataDir,
    demo: true,
    webRoot: WEB_ROOT,
    config: { signInRateLimit: { max: 1000, timeWindowMs: 60_000 } },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await mkdir(OUT, { recursive: true });
    const written = new Set<string>();
    for (const main of MAIN_PAGES) {
      if (only.size > 0 && !only.has(main.slug)) continue;
      for (const scheme of ['light', 'dark'] as const) {
        if (scheme === 'dark' && !DARK_PAGES.has(main.slug)) continue;
        for (const width of Object.keys(WIDTHS) as Width[]) {
          for (const name of await shootOnce(browser, server.url, main, scheme, width)) {
            written.add(name);
          }
        }
      }
    }
    if (only.size === 0) {
      // Formatted as the repository formats Markdown, so that the check of formatting passes.
      const path = join(OUT, 'README.md');
      const index = await format(readme(written), {
        ...(await resolveConfig(path)),
        filepath: path,
      });
      await writeFile(path, index);
      let total = 0;
      for (const name of await readdir(OUT)) total += (await stat(join(OUT, name))).size;
      console.log(`docs/screens: ${(total / 1024 / 1024).toFixed(1)} MB`);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
