import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

/** Unzips one entry of a ZIP archive (enough for a DOCX). */
function unzipEntry(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = zip.readUInt32LE(eocd + 16);
  const entries = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not in the archive`);
}

const TITLE = 'Statement on the ceasefire regime';
const FIRST = 'The parties shall respect the ceasefire in all areas.';
const SECOND = 'The guarantors shall meet again in February.';
const GOVERNMENT = 'Government of the Syrian Arab Republic';
const OPPOSITION = 'Syrian armed opposition';

async function openText(page: Page, title: string) {
  await openAstana(page, 'Texts');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

/** Opens one of the text page's tabs (Text, Proposals, Redline, Languages, Adoption, Draft …). */
async function pane(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name, exact: typeof name === 'string' }).click();
}

/** Picks words of a paragraph as the keyboard-free reader does: the first word, then the last. */
async function pickWords(page: Page, paragraph: number, first: string, last = first) {
  await page.getByRole('button', { name: `Propose a change: Paragraph ${paragraph}` }).click();
  const words = page.locator(`[data-provision="${paragraph}"] .parley-wording`);
  await words.getByRole('button', { name: first, exact: true }).click();
  if (last !== first) await words.getByRole('button', { name: last, exact: true }).click();
  return page.getByRole('region', { name: `Propose a change to Paragraph ${paragraph}` });
}

async function agree(page: Page, party: string, paragraph: number) {
  await pane(page, 'Text');
  await page.getByRole('button', { name: `Set stance: Paragraph ${paragraph} (${party})` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Stance', { exact: true }).selectOption('agree');
  await dialog.getByRole('button', { name: 'Save stance' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('negotiating texts', () => {
  const stack = sharedStack();

  it('shows the demo statement, adopted, with its hash and brackets history', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'government@parley.test');
    await openAstana(page, 'Texts');
    const row = page.getByRole('row').filter({ hasText: 'Rev.2' });
    await expectVisible(row.getByText('Adopted', { exact: true }));
    await row.getByRole('link').click();
    await pane(page, 'Adoption');
    await page.getByRole('heading', { level: 3, name: 'Adoption' }).waitFor();
    const hash = await page.locator('.parley-hash').getAttribute('data-hash');
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    // Rev.1 shows its bracket in the customary style.
    await page.getByLabel('Revision', { exact: true }).selectOption('1');
    await expectVisible(page.getByText('You are reading a past revision', { exact: false }));
    await pane(page, 'Text');
    await page.locator('.parley-bracket').first().waitFor();
    expect(await page.locator('.parley-bracket').count()).toBeGreaterThan(0);
  });

  it('withdraws and declines proposals, and updates open pages live without a reload', async () => {
    const title = 'Statement on humanitarian access';
    const russia = (await stack.newPage()).page;
    await signIn(russia, 'russia@parley.test');
    await openAstana(russia, 'Texts');
    await russia.getByRole('textbox', { name: /^Title/u }).fill(title);
    await russia.getByLabel('Operative paragraphs (one per line)').fill(FIRST);
    await russia.getByRole('button', { name: 'Create text' }).click();
    await russia.getByRole('heading', { level: 2, name: title }).waitFor();
    const opposition = (await stack.newPage()).page;
    await signIn(opposition, 'opposition@parley.test');
    await openAstana(opposition, 'Texts');
    // The list gives the current revision's label and state without opening the text.
    const row = opposition.getByRole('row').filter({ hasText: title });
    await expectVisible(row.getByText('Rev.1 — chair’s draft'));
    await expectVisible(row.getByText('Open', { exact: true }));
    await row.getByRole('link').click();
    await opposition.getByRole('heading', { level: 2, name: title }).waitFor();
    const government = (await stack.newPage()).page;
    await signIn(government, 'government@parley.test');
    await openText(government, title);

    // The penholder and the proposer follow the proposals; the other party reads the text.
    await pane(russia, /^Proposals/u);
    const propose = async (wording: string) => {
      await pane(opposition, 'Text');
      const form = await pickWords(opposition, 1, 'respect');
      await expectVisible(form.getByText('Words chosen: respect'));
      await form.getByRole('radio', { name: 'Replace them' }).check();
      await form.getByLabel('New wording').fill(wording);
      await form.getByRole('button', { name: 'Submit proposal' }).click();
      await expectVisible(form.getByText('Proposal submitted.', { exact: false }));
      await pane(opposition, /^Proposals/u);
    };
    const card = (page: Page, wording: string) =>
      page
        .getByRole('region', { name: 'Proposals' })
        .locator('.parley-proposal')
        .filter({ hasText: wording });

    // The penholder's open page shows the proposal as it arrives; the proposer withdraws it.
    await propose('honour');
    await expectVisible(card(russia, 'honour').getByText('Pending'));
    await card(opposition, 'honour').getByRole('button', { name: 'Withdraw' }).click();
    await expectVisible(card(opposition, 'honour').getByText('Withdrawn'));
    await expectVisible(card(russia, 'honour').getByText('Withdrawn'));

    // The penholder declines the next one with a reason the proposer sees at once.
    await propose('fully observe');
    await card(russia, 'fully observe').getByRole('button', { name: 'Decline' }).click();
    const dialog = russia.getByRole('dialog');
    await dialog.getByLabel('Reason (optional)').fill('The Ankara wording stays.');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(card(opposition, 'fully observe').getByText('Declined'));
    await expectVisible(card(opposition, 'fully observe').getByText('The Ankara wording stays.'));

    // The opposition brackets "in all areas." and offers another wording beside it.
    await pane(opposition, 'Text');
    const form = await pickWords(opposition, 1, 'in', 'areas.');
    await expectVisible(form.getByText('Words chosen: in all areas.'));
    await form.getByRole('radio', { name: 'Bracket them' }).check();
    await form.getByRole('radio', { name: 'Another wording' }).check();
    await form.getByLabel('New wording').fill('in the agreed zones.');
    await form.getByRole('button', { name: 'Submit proposal' }).click();
    await expectVisible(form.getByText('Proposal submitted.', { exact: false }));

    // The penholder takes it into Rev.2; the other party, which never saw any of the proposals,
    // sees the new revision and its bracket arrive by itself.
    await pane(russia, 'Draft Rev.2');
    await russia.getByLabel('Label of Rev.2').fill('second draft');
    await russia
      .getByRole('region', { name: 'Proposals to take in' })
      .locator('.parley-proposal')
      .filter({ hasText: 'agreed zones' })
      .getByRole('button', { name: 'Take in' })
      .click();
    await russia.getByRole('button', { name: 'Issue Rev.2' }).click();
    await expectVisible(russia.getByText('Rev.2 issued.'));
    await government.locator('select option[value="2"]').first().waitFor({ state: 'attached' });
    await expectVisible(
      government
        .locator('[data-provision="1"] .parley-bracket')
        .filter({ hasText: 'in all areas. / in the agreed zones.' }),
    );
    await pane(government, /^Proposals/u);
    const seen = government.getByRole('region', { name: 'Proposals' });
    await expectVisible(seen.locator('ins').filter({ hasText: 'in the agreed zones.' }));
    await expectVisible(seen.getByText('Taken into Rev.2'));
    expect(await seen.locator('.parley-proposal').count()).toBe(1);

    // On Rev.2 the opposition proposes to remove the bracket's first option.
    await opposition.locator('select option[value="2"]').first().waitFor({ state: 'attached' });
    const again = await pickWords(opposition, 1, 'all');
    await again.getByRole('radio', { name: 'Remove this option' }).check();
    await again.getByRole('button', { name: 'Submit proposal' }).click();
    await expectVisible(again.getByText('Proposal submitted.', { exact: false }));
    await pane(russia, /^Proposals/u);
    await expectVisible(card(russia, 'Remove an option').getByText('Pending'));
  });

  it('runs a text from Rev.1 through a proposal, Rev.2, stances and adoption to its exports', async () => {
    const started = Date.now();
    // The penholder (Russia, a convener) creates the text.
    const russia = (await stack.newPage()).page;
    await signIn(russia, 'russia@parley.test');
    await openAstana(russia, 'Texts');
    await russia.getByRole('textbox', { name: /^Title/u }).fill(TITLE);
    await russia.getByLabel('Operative paragraphs (one per line)').fill(`${FIRST}\n${SECOND}`);
    await russia.getByRole('button', { name: 'Create text' }).click();
    await russia.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await expectVisible(russia.locator('[data-provision="1"]').getByText(FIRST));

    // The opposition proposes to replace "respect" by "fully observe".
    const opposition = (await stack.newPage()).page;
    await signIn(opposition, 'opposition@parley.test');
    await openText(opposition, TITLE);
    const form = await pickWords(opposition, 1, 'respect');
    await form.getByLabel('New wording').fill('fully observe');
    await form.getByLabel('Rationale').fill('Observance is the word of the Ankara agreement.');
    await form.getByRole('button', { name: 'Submit proposal' }).click();
    await expectVisible(form.getByText('Proposal submitted.', { exact: false }));
    await pane(opposition, /^Proposals/u);
    const proposals = opposition.getByRole('region', { name: 'Proposals' });
    await expectVisible(proposals.locator('ins').filter({ hasText: 'fully observe' }));
    await expectVisible(proposals.locator('del').filter({ hasText: 'respect' }));

    // The penholder takes it into Rev.2.
    await russia.reload();
    await pane(russia, 'Draft Rev.2');
    await russia.getByLabel('Label of Rev.2').fill('second draft');
    await russia
      .getByRole('region', { name: 'Proposals to take in' })
      .locator('.parley-proposal')
      .filter({ hasText: 'fully observe' })
      .getByRole('button', { name: 'Take in' })
      .click();
    await russia.getByRole('button', { name: 'Issue Rev.2' }).click();
    await expectVisible(russia.getByText('Rev.2 issued.'));

    // The redline (Rev.1 → Rev.2) shows the change and its proposer.
    const redline = russia.getByRole('region', { name: 'Redline' });
    // The revision's own redline, above the proposals it took in (each a small redline too).
    const revision = redline.locator('.parley-redline-provision:not(.parley-proposal *)');
    await expectVisible(revision.locator('ins').filter({ hasText: 'fully observe' }));
    await expectVisible(revision.locator('del').filter({ hasText: 'respect' }));
    await expectVisible(redline.getByText(`By ${OPPOSITION}`, { exact: false }));
    await pane(russia, 'Text');
    await expectVisible(
      russia
        .locator('[data-provision="1"]')
        .getByText('The parties shall fully observe the ceasefire in all areas.'),
    );

    // The opposition's open page follows the text to Rev.2 by itself, on a live notice.
    await opposition.locator('select option[value="2"]').first().waitFor({ state: 'attached' });
    await pane(opposition, 'Text');
    await expectVisible(
      opposition
        .locator('[data-provision="1"]')
        .getByText('The parties shall fully observe the ceasefire in all areas.'),
    );

    // Stances of both parties turn paragraph 1 green, then the whole text.
    await opposition.reload();
    await agree(opposition, OPPOSITION, 1);
    const government = (await stack.newPage()).page;
    await signIn(government, 'government@parley.test');
    await openText(government, TITLE);
    await agree(government, GOVERNMENT, 1);
    await government.locator('[data-provision="1"][data-state="agreed"]').waitFor();
    await agree(government, GOVERNMENT, 2);
    await agree(opposition, OPPOSITION, 2);
    await opposition.locator('[data-provision="2"][data-state="agreed"]').waitFor();

    // Adoption by the three sponsors: the hash is shown and approved by each.
    await russia.reload();
    await pane(russia, 'Adoption');
    const adoption = russia.getByRole('region', { name: 'Adoption' });
    await adoption.getByRole('button', { name: 'Open adoption' }).click();
    await expectVisible(adoption.getByText('Awaiting signatures'));
    const hash = await adoption.locator('.parley-hash').getAttribute('data-hash');
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    await adoption.getByRole('button', { name: 'Sign for Russian Federation' }).click();
    await expectVisible(adoption.getByText('Signed', { exact: false }).first());
    for (const [email, name] of [
      ['iran@parley.test', 'Islamic Republic of Iran'],
      ['turkey@parley.test', 'Republic of Turkey'],
    ] as const) {
      const sponsor = (await stack.newPage()).page;
      await signIn(sponsor, email);
      await openText(sponsor, TITLE);
      await pane(sponsor, 'Adoption');
      await sponsor.getByRole('button', { name: `Sign for ${name}` }).click();
      await sponsor
        .getByRole('button', { name: `Sign for ${name}` })
        .waitFor({ state: 'detached' });
    }
    await government.reload();
    await pane(government, 'Adoption');
    const seen = government.getByRole('region', { name: 'Adoption' });
    await expectVisible(seen.getByText('Adopted', { exact: false }).first());
    expect(await seen.locator('.parley-hash').textContent()).toBe(hash);
    await pane(government, 'Text');

    // Exports: a DOCX downloaded by the browser, a PDF fetched with the session.
    const [download] = await Promise.all([
      government.waitForEvent('download'),
      government.getByRole('link', { name: 'Clean DOCX' }).click(),
    ]);
    const docx = await readFile(await download.path());
    const xml = unzipEntry(docx, 'word/document.xml');
    expect(xml).toContain('The parties shall fully observe the ceasefire in all areas.');
    expect(unzipEntry(docx, 'word/footer1.xml')).toContain(hash);
    const pdfHref = await government.getByRole('link', { name: 'Clean PDF' }).getAttribute('href');
    const pdf = await government.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const redlineHref = await government
      .getByRole('link', { name: 'Redline DOCX (against Rev.1)' })
      .getAttribute('href');
    const redlineDocx = await government.request.get(redlineHref!);
    expect(unzipEntry(await redlineDocx.body(), 'word/document.xml')).toContain('fully observe');
    console.log(`texts e2e flow: ${Date.now() - started} ms`);
  });
});
