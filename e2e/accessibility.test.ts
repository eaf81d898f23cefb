import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAstana, signIn, sharedStack } from './harness.ts';

async function seriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      where,
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}

describe('accessibility (axe)', () => {
  const stack = sharedStack();

  for (const language of ['English', 'العربية'] as const) {
    it(`has no serious or critical violations (${language})`, async () => {
      const { page } = await stack.newPage();
      const found = [];
      await page.goto('/');
      await page.getByRole('button', { name: language }).click();
      await page.locator('form').waitFor();
      found.push(...(await seriousViolations(page, 'sign-in')));

      // Switch back to English for navigation by English names, then restore the language under test.
      if (language !== 'English') await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, 'russia@parley.test');
      if (language !== 'English') await page.getByRole('button', { name: language }).click();
      found.push(...(await seriousViolations(page, 'home')));

      if (language !== 'English') await page.getByRole('button', { name: 'English' }).click();
      await openAstana(page);
      for (const tab of [
        'Participants',
        'Invitations',
        'Sessions',
        'Agenda',
        'Talks',
        'Texts',
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('heading', { level: 2, name: tab }).waitFor();
        if (language !== 'English') {
          await page.getByRole('button', { name: language }).click();
          await page.locator('html[lang="ar"]').waitFor({ state: 'attached' });
        }
        found.push(...(await seriousViolations(page, `round: ${tab}`)));
        if (language !== 'English') await page.getByRole('button', { name: 'English' }).click();
      }

      await page.goto('/account');
      if (language !== 'English') await page.getByRole('button', { name: language }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      found.push(...(await seriousViolations(page, 'account')));

      expect(found).toEqual([]);
    });
  }

  it('the operator home page with its administration forms has no violations', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'operator@parley.test');
    await page.getByRole('heading', { level: 2, name: 'Administration' }).waitFor();
    expect(await seriousViolations(page, 'operator home')).toEqual([]);
  });

  it('a delegation head sees the roster and member controls without violations', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'opposition@parley.test');
    await openAstana(page, 'Participants');
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByRole('button', { name: 'Create invite link' }).waitFor();
    expect(await seriousViolations(page, 'roster')).toEqual([]);
  });

  it('the talks: a line with its composer, the relay console and a caucus poll form have no violations', async () => {
    const found = [];
    const { page } = await stack.newPage();
    await signIn(page, 'opposition@parley.test');
    await openAstana(page, 'Talks');
    const nav = page.getByRole('navigation', { name: 'Channels' });
    await nav.getByRole('link', { name: /^Line/ }).click();
    await page.getByRole('radio', { name: 'Mediators only' }).waitFor();
    found.push(...(await seriousViolations(page, 'talks: own line')));
    await nav.getByRole('link', { name: /^Caucus/ }).click();
    await page.getByRole('button', { name: 'New poll' }).click();
    await page.getByRole('button', { name: 'Create poll' }).waitFor();
    found.push(...(await seriousViolations(page, 'talks: caucus poll form')));

    const mediator = (await stack.newPage()).page;
    await signIn(mediator, 'mediator@parley.test');
    await openAstana(mediator, 'Talks');
    await mediator.getByRole('link', { name: 'Relay console' }).click();
    await mediator.getByRole('heading', { level: 3, name: 'Relay console' }).waitFor();
    found.push(...(await seriousViolations(mediator, 'talks: relay console')));
    expect(found).toEqual([]);
  });

  it('a negotiating text: provisions, redline, adoption and the penholder’s forms have no violations', async () => {
    const found = [];
    for (const [email, language] of [
      ['russia@parley.test', 'English'],
      ['opposition@parley.test', 'العربية'],
    ] as const) {
      const { page } = await stack.newPage();
      await signIn(page, email);
      await openAstana(page, 'Texts');
      await page.getByRole('row').filter({ hasText: 'Rev.2' }).getByRole('link').click();
      await page.getByRole('heading', { level: 3, name: 'Provisions' }).waitFor();
      if (language !== 'English') {
        await page.getByRole('button', { name: language }).click();
        await page.locator('html[lang="ar"]').waitFor({ state: 'attached' });
      }
      // The text page keeps its parts in tabs: each one is checked as it is shown.
      const parts = page.getByRole('tablist', { name: /^(Parts of the text|أجزاء النص)$/u });
      expect(await parts.getByRole('tab').count()).toBe(5);
      for (const tab of await parts.getByRole('tab').all()) {
        const name = await tab.textContent();
        await tab.click();
        await page.waitForLoadState('networkidle');
        found.push(
          ...(await seriousViolations(page, `text page, ${name} (${email}, ${language})`)),
        );
      }
    }
    // A fresh text shows the penholder's forms: proposal, the draft of the next revision, adoption.
    const { page } = await stack.newPage();
    await signIn(page, 'russia@parley.test');
    await openAstana(page, 'Texts');
    await page.getByRole('textbox', { name: /^Title/u }).fill('Draft for review');
    await page.getByLabel('Preambular paragraphs (one per line)').fill('Recalling the talks,');
    await page.getByLabel('Operative paragraphs (one per line)').fill('The parties meet again.');
    await page.getByRole('button', { name: 'Create text' }).click();
    await page.getByRole('button', { name: 'Propose a change: Paragraph 1' }).click();
    await page.getByRole('region', { name: 'Propose a change to Paragraph 1' }).waitFor();
    found.push(...(await seriousViolations(page, 'text page with the proposal form')));
    await page.getByRole('tab', { name: 'Draft Rev.2' }).click();
    await page.getByRole('button', { name: 'Edit Paragraph 1' }).click();
    await page.getByRole('heading', { level: 3, name: 'Draft of Rev.2' }).waitFor();
    found.push(...(await seriousViolations(page, 'text page with the draft of Rev.2')));
    await page.getByRole('tab', { name: 'Adoption' }).click();
    await page.getByRole('heading', { level: 4, name: 'Open adoption of Rev.1' }).waitFor();
    found.push(...(await seriousViolations(page, 'text page with the adoption form')));
    expect(found).toEqual([]);
  });
});
