import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

const TITLE = 'Statement on humanitarian access';
const FIRST = 'The parties shall allow aid convoys to reach besieged areas.';
const SECOND = 'The guarantors shall meet again in February.';
const RU_FIRST = 'Стороны обязуются пропускать гуманитарные колонны в осажденные районы.';
const RU_SECOND = 'Гаранты вновь встретятся в феврале.';
const RU_UPDATED =
  'Стороны обязуются беспрепятственно пропускать гуманитарные колонны в осажденные районы.';

/** Rewords paragraph 1 into Rev.2 through the API, as the penholder (who may also propose). */
async function reviseFirstParagraph(page: Page, textId: string) {
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const headers = { 'x-csrf-token': csrfToken as string };
  const doc = await (await page.request.get(`/api/texts/${textId}`)).json();
  const proposal = await page.request.post(`/api/texts/${textId}/proposals`, {
    headers,
    data: {
      basedOnRevision: 1,
      operation: {
        op: 'insert_wording',
        at: { in: 'agreed', provisionId: doc.revision.provisions[0].id, segment: 0 },
        position: 4,
        text: 'unhindered',
      },
    },
  });
  expect(proposal.status()).toBe(200);
  const revision = await page.request.post(`/api/texts/${textId}/revisions`, {
    headers,
    data: { basedOnRevision: 1, label: 'second draft', proposalIds: [(await proposal.json()).id] },
  });
  expect(revision.status()).toBe(200);
}

describe('language versions of a negotiating text', () => {
  const stack = sharedStack();

  it('shows the demo statement in Russian and Arabic, side by side with the English', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'government@parley.test');
    await openAstana(page, 'Texts');
    await page.getByRole('row').filter({ hasText: 'Rev.2' }).getByRole('link').click();
    await page.getByRole('tab', { name: 'Languages', exact: true }).click();
    const versions = page.getByRole('region', { name: 'Language versions' });
    const arabic = versions.getByRole('tab', { name: /Arabic/u });
    await expectVisible(arabic.getByText('Working translation'));
    await expectVisible(arabic.getByText('1 to update'));
    await arabic.click();
    const paragraph = versions.getByRole('group', { name: 'Paragraph 1', exact: true });
    await expectVisible(paragraph.getByText('Needs update'));
    await expectVisible(paragraph.locator('p[lang="en"][dir="auto"]'));
    await expectVisible(paragraph.locator('p[lang="ar"][dir="auto"]'));
    // A party reads the versions but does not write them.
    expect(await versions.getByRole('button', { name: 'Add a language version' }).count()).toBe(0);
  });

  it('flags a provision when the revision changes it, until the penholder updates it', async () => {
    const { page } = await stack.newPage();
    await signIn(page, 'russia@parley.test');
    await openAstana(page, 'Texts');
    await page.getByRole('textbox', { name: /^Title/u }).fill(TITLE);
    await page.getByLabel('Operative paragraphs (one per line)').fill(`${FIRST}\n${SECOND}`);
    await page.getByRole('button', { name: 'Create text' }).click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await page.getByRole('tab', { name: 'Languages', exact: true }).click();
    const versions = page.getByRole('region', { name: 'Language versions' });
    await expectVisible(versions.getByText('No other language versions yet.'));

    // The penholder adds an authentic Russian version of Rev.1.
    await versions.getByRole('button', { name: 'Add a language version' }).click();
    const form = versions.getByRole('region', { name: 'New language version of Rev.1' });
    await form.getByRole('textbox', { name: /^Language/u }).fill('ru');
    await form.getByLabel('Status').selectOption('authentic');
    await form.getByRole('textbox', { name: /^Title/u }).fill('Заявление о гуманитарном доступе');
    await form.getByRole('textbox', { name: /^Wording of Paragraph 1/u }).fill(RU_FIRST);
    await form.getByRole('textbox', { name: /^Wording of Paragraph 2/u }).fill(RU_SECOND);
    await form.getByRole('button', { name: 'Save the version' }).click();
    await expectVisible(versions.getByText('Language version saved.'));
    const russian = versions.getByRole('tab', { name: /Russian/u });
    await expectVisible(russian.getByText('Authentic'));
    const first = versions.getByRole('group', { name: 'Paragraph 1', exact: true });
    await expectVisible(first.locator('p[lang="ru"]').getByText(RU_FIRST));
    expect(await first.getByText('Needs update').count()).toBe(0);

    // Rev.2 rewords paragraph 1: its Russian counterpart is flagged, paragraph 2 is not.
    const textId = new URL(page.url()).searchParams.get('text')!;
    await reviseFirstParagraph(page, textId);
    await page.reload();
    await expectVisible(russian.getByText('1 to update'));
    await expectVisible(first.getByText('Needs update'));
    await expectVisible(first.getByText('changed in English'));
    await expectVisible(first.locator('p[lang="en"]').getByText('unhindered', { exact: false }));
    const second = versions.getByRole('group', { name: 'Paragraph 2', exact: true });
    expect(await second.getByText('Needs update').count()).toBe(0);

    // The penholder updates the Russian wording; the flag clears.
    await versions.getByRole('button', { name: 'Update the wording' }).click();
    const update = versions.getByRole('region', { name: 'Russian wording of Rev.2' });
    const field = update.getByRole('textbox', { name: /^Wording of Paragraph 1/u });
    expect(await field.inputValue()).toBe(RU_FIRST);
    await field.fill(RU_UPDATED);
    await update.getByRole('button', { name: 'Save the version' }).click();
    await expectVisible(versions.getByText('Language version saved.'));
    await expectVisible(first.locator('p[lang="ru"]').getByText(RU_UPDATED));
    expect(await first.getByText('Needs update').count()).toBe(0);
    expect(await russian.getByText('to update', { exact: false }).count()).toBe(0);
  });
});
