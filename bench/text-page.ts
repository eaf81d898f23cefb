// bench/text-page: how long Chromium takes to show the document page of the generated
// text (300 provisions, 1,000 brackets, 3,000 options). Parley starts in-process with the Astana
// demo; the Russian head (a convener) creates the text through the API; then the page
// /rounds/:id?tab=texts&text=:id is loaded cold (HTML, scripts, API calls, render) and the
// time until every provision is in the DOM is read from the page's own clock.
// Needs the built web client (npm run build:web). Usage: node --import tsx bench/text-page.ts [--runs 5]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { ProvisionInput, SegmentInput } from '../src/core/texts/structure.ts';
import { generateText } from '../src/core/testing/generate-text.ts';
import type { Provision, Segment } from '../src/core/texts/types.ts';
import { startParley } from '../src/server/http/app.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const RUNS = Number(values.runs ?? 5);
const PARAMS = { seed: 1, provisions: 300, brackets: 1000, options: 3000, parties: 30 };

const segment = (s: Segment): SegmentInput =>
  s.type === 'agreed'
    ? { type: 'agreed', text: s.text }
    : {
        type: 'bracket',
        options: s.options
          .slice(0, 20)
          .map((o) =>
            o.kind === 'delete' ? { kind: 'delete' } : { kind: 'wording', text: o.text },
          ),
      };
const provision = (p: Provision): ProvisionInput => ({
  part: p.part,
  heading: p.heading,
  content: p.content.map(segment),
  children: p.children.map(provision),
});

const g = generateText(PARAMS);
const command = {
  title: 'Generated text (bench)',
  kind: 'agreement',
  language: 'en',
  label: 'generated',
  settings: { penholders: 'conveners', attribution: 'named', stanceVisibility: 'participants' },
  provisions: g.revision.text.provisions.map(provision),
};
const body = JSON.stringify(command);

const server = await startParley({
  port: 0,
  dataDir: undefined,
  demo: true,
  webRoot: fileURLToPath(new URL('../dist/web', import.meta.url)),
  // The default body limit (64 KB) refuses a text of this size.
  config: { signInRateLimit: { max: 1000, timeWindowMs: 60_000 } },
});
const browser = await chromium.launch({
  executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'en-GB',
    viewport: { width: 1366, height: 900 },
  });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Email').fill('russia@parley.test');
  await page.getByLabel('Password').fill('astana-2017-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Astana I', exact: true }).first().click();
  await page.waitForURL(/\/rounds\//u);
  const roundId = new URL(page.url()).pathname.split('/').at(-1)!;

  const created = await page.evaluate(
    async ({ roundId, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const start = performance.now();
      const res = await fetch(`/api/rounds/${roundId}/texts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body,
      });
      const json = (await res.json()) as { id: string; revision: { provisions: unknown[] } };
      return {
        status: res.status,
        id: json.id,
        provisions: json.revision?.provisions.length,
        ms: performance.now() - start,
      };
    },
    { roundId, body },
  );
  if (created.status !== 200) throw new Error(`create failed: ${JSON.stringify(created)}`);

  const url = `/rounds/${roundId}?tab=texts&text=${created.id}`;
  const samples: { total: number; api: number }[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.parley-provision').length === n,
      created.provisions,
      { polling: 'raf' },
    );
    const total = await page.evaluate(() => performance.now());
    const api = await page.evaluate(() => {
      const e = performance
        .getEntriesByType('resource')
        .find((r) => /\/api\/texts\/[^/?]+$/u.test(r.name));
      return e ? e.duration : -1;
    });
    if (i > 0) samples.push({ total, api }); // the first load warms caches
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const at = (xs: number[], q: number) =>
    sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
  const r = (n: number) => Math.round(n);
  const totals = samples.map((s) => s.total);
  const apis = samples.map((s) => s.api);
  console.log(
    JSON.stringify(
      {
        bench: 'text-page',
        params: PARAMS,
        provisions: created.provisions,
        requestBytes: body.length,
        createMs: r(created.ms),
        runs: RUNS,
        pageShownMs: { p50: r(at(totals, 0.5)), max: r(Math.max(...totals)) },
        textApiMs: { p50: r(at(apis, 0.5)), max: r(Math.max(...apis)) },
        budgetMs: 1000,
        note: 'from navigation start to every provision in the DOM, cold page load, Chromium headless',
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
