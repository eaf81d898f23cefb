import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startParley } from '../src/server/http/app.ts';
import { MAIN_PAGES, signInAs } from '../e2e/main-pages.ts';
const server = await startParley({ port: 0, dataDir: undefined, demo: true, webRoot: '/work/main/dist/web', config: { signInRateLimit: { max: 1000, timeWindowMs: 60_000 } } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 } });
const page = await context.newPage();
await signInAs(page, 'opposition@parley.test');
await MAIN_PAGES.find((p) => p.slug === 'round-talks')!.open(page);
const nav = page.getByRole('navigation', { name: 'Channels' });
await nav.getByRole('link', { name: /^Line/ }).click();
await page.getByRole('radio', { name: 'Mediators only' }).waitFor();
const r = await new AxeBuilder({ page }).analyze();
for (const v of r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
  for (const n of v.nodes.slice(0, 4)) console.log(v.id, n.target.join(' '), (n.any[0]?.message ?? '').slice(0, 200), n.html.slice(0, 200));
await page.screenshot({ path: '/tmp/line.png' });
await browser.close(); await server.close();
