import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

// The drafting desk: words selected in a provision become a proposal; the penholder edits the
// next revision in place and issues it; the redline shows what changed.

const FIRST = 'The parties shall respect the ceasefire in all areas.';
const SECOND = 'The guarantors shall meet again in February.';

async function createText(page: Page, title: string) {
  await openAstana(page, 'Texts');
  await page.getByRole('textbox', { name: /^Title/u }).fill(title);
  await page.getByLabel('Operative paragraphs (one per line)').fill(`${FIRST}\n${SECOND}`);
  await page.getByRole('button', { name: 'Create text' }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function openText(page: Page, title: string) {
  await openAstana(page, 'Texts');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

/** A word of a paragraph; while words are being picked, each one is a button of its own. */
const word = (page: Page, paragraph: number, text: string) =>
  page
    .locator(`[data-provision="${paragraph}"] .parley-wording [data-w]`)
    .filter({ hasText: new RegExp(`^${text}$`, 'u') });

/** Where a word of a paragraph stands on the screen, read from the text as the page holds it. */
function wordBox(page: Page, paragraph: number, text: string) {
  return page.evaluate(
    ([paragraph, text]) => {
      const places = document.querySelectorAll(`[data-provision="${paragraph}"] [data-place]`);
      for (const place of places) {
        const node = place.firstChild as Text;
        const at = node.data.split(' ').indexOf(text);
        if (at < 0) continue;
        const start = node.data.split(' ').slice(0, at).join(' ').length + (at > 0 ? 1 : 0);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + text.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { x, y, width, height };
      }
      throw new Error(`no word ${text}`);
    },
    [String(paragraph), text] as const,
  );
}

/** Drags the mouse from the start of one word to the end of another, as a reader selects. */
async function dragOver(page: Page, paragraph: number, from: string, to: string) {
  const a = await wordBox(page, paragraph, from);
  const b = await wordBox(page, paragraph, to);
  await page.mouse.move(a.x + 1, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width - 1, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe('the drafting desk of a negotiating text', () => {
  const stack = sharedStack();

  it('turns words selected with the mouse, or picked with the keyboard, into proposals', async () => {
    const title = 'Statement on observance';
    const russia = (await stack.newPage()).page;
    await signIn(russia, 'russia@parley.test');
    await createText(russia, title);
    const opposition = (await stack.newPage()).page;
    await signIn(opposition, 'opposition@parley.test');
    await openText(opposition, title);

    // The mouse: "respect the ceasefire" selected in paragraph 1 opens the form on those words.
    await dragOver(opposition, 1, 'respect', 'ceasefire');
    const first = opposition.getByRole('region', { name: 'Propose a change to Paragraph 1' });
    await expectVisible(first.getByText('Words chosen: respect the ceasefire'));
    expect(await first.getByRole('radio', { name: 'Replace them' }).isChecked()).toBe(true);
    await first.getByLabel('New wording').fill('honour the truce');
    await first.getByRole('button', { name: 'Submit proposal' }).click();
    await expectVisible(first.getByText('Proposal submitted.', { exact: false }));

    // The keyboard: from the provision's action, the arrows move from word to word, Shift
    // extends the choice, Enter goes on to the change.
    await opposition.getByRole('button', { name: 'Propose a change: Paragraph 2' }).focus();
    await opposition.keyboard.press('Enter');
    await expectVisible(word(opposition, 2, 'The').and(opposition.locator(':focus')));
    for (let i = 0; i < 4; i++) await opposition.keyboard.press('ArrowRight');
    await opposition.keyboard.press('Shift+ArrowRight');
    await opposition.keyboard.press('Enter');
    const second = opposition.getByRole('region', { name: 'Propose a change to Paragraph 2' });
    await expectVisible(second.getByText('Words chosen: again in'));
    await expectVisible(
      second.getByRole('radio', { name: 'Replace them' }).and(opposition.locator(':focus')),
    );
    // Arrow keys move through the kinds of change: the next is deleting the words.
    await opposition.keyboard.press('ArrowRight');
    expect(await second.getByRole('radio', { name: 'Delete them' }).isChecked()).toBe(true);
    await second.getByRole('button', { name: 'Submit proposal' }).click();
    await expectVisible(second.getByText('Proposal submitted.', { exact: false }));

    // Each proposal reads as a small redline, for the proposer and for the penholder.
    for (const page of [opposition, russia]) {
      await page.reload();
      await page.getByRole('tab', { name: /^Proposals/u }).click();
      const proposals = page.getByRole('region', { name: 'Proposals' });
      const replace = proposals.locator('.parley-proposal').filter({ hasText: 'Replace wording' });
      await expectVisible(replace.locator('ins').first());
      expect(await replace.locator('del').allTextContents()).toEqual([
        'deleted: respect',
        'deleted: ceasefire',
      ]);
      expect(await replace.locator('ins').allTextContents()).toEqual([
        'inserted: honour',
        'inserted: truce',
      ]);
      const remove = proposals.locator('.parley-proposal').filter({ hasText: 'Delete wording' });
      await expectVisible(remove.locator('del').first());
      expect(await remove.locator('del').allTextContents()).toEqual(['deleted: again in']);
      await expectVisible(remove.getByText('Pending'));
    }
  });

  it('lets the penholder edit the next revision in place and issue it; the redline shows what changed', async () => {
    const title = 'Statement on the next meeting';
    const russia = (await stack.newPage()).page;
    await signIn(russia, 'russia@parley.test');
    await createText(russia, title);
    const government = (await stack.newPage()).page;
    await signIn(government, 'government@parley.test');
    await openText(government, title);
    // A party proposes another month for the meeting.
    const opposition = (await stack.newPage()).page;
    await signIn(opposition, 'opposition@parley.test');
    await openText(opposition, title);
    await opposition.getByRole('button', { name: 'Propose a change: Paragraph 2' }).click();
    await word(opposition, 2, 'February.').click();
    const form = opposition.getByRole('region', { name: 'Propose a change to Paragraph 2' });
    await form.getByLabel('New wording').fill('March.');
    await form.getByRole('button', { name: 'Submit proposal' }).click();
    await expectVisible(form.getByText('Proposal submitted.', { exact: false }));

    await russia.reload();
    await russia.getByRole('tab', { name: 'Draft Rev.2' }).click();
    const live = russia.getByRole('region', { name: 'Redline against Rev.1' });
    await expectVisible(live.getByText('No changes yet', { exact: false }));

    // The wording of paragraph 1, typed over; the live redline follows.
    await russia.getByRole('button', { name: 'Edit Paragraph 1' }).click();
    const field = russia.getByRole('textbox', { name: 'Wording of Paragraph 1' });
    await field.fill('The parties shall fully respect the ceasefire in all areas.');
    await expectVisible(live.locator('ins').filter({ hasText: 'fully' }));

    // "in all areas." selected in the field becomes a bracket, with another option beside it.
    await field.press('End');
    for (let i = 0; i < 'in all areas.'.length; i++) await field.press('Shift+ArrowLeft');
    await russia.getByRole('button', { name: 'Bracket the selected words' }).click();
    await russia.getByRole('textbox', { name: 'New option' }).fill('in the agreed zones.');
    await russia.getByRole('button', { name: 'Add option' }).click();
    await expectVisible(live.locator('ins').filter({ hasText: 'in the agreed zones.' }));

    // Paragraph 1 goes after paragraph 2; the party's proposal is taken in with one click.
    await russia.getByRole('button', { name: 'Move down' }).click();
    await expectVisible(live.getByText(/^Moved/u));
    await russia
      .getByRole('region', { name: 'Proposals to take in' })
      .locator('.parley-proposal')
      .filter({ hasText: 'March.' })
      .getByRole('button', { name: 'Take in' })
      .click();
    await expectVisible(live.locator('ins').filter({ hasText: 'March.' }));
    await expectVisible(russia.getByText('5 changes'));

    await russia.getByLabel('Label of Rev.2').fill('second draft');
    await russia.getByRole('button', { name: 'Issue Rev.2' }).click();
    await expectVisible(russia.getByText('Rev.2 issued.'));

    // The server's redline of Rev.1 → Rev.2 says the same (above the proposals it took in).
    const redline = russia.getByRole('region', { name: 'Redline' });
    const revision = redline.locator('.parley-redline-provision:not(.parley-proposal *)');
    await expectVisible(revision.locator('ins').filter({ hasText: 'fully' }));
    await expectVisible(revision.locator('ins').filter({ hasText: 'in the agreed zones.' }));
    await expectVisible(revision.locator('del').filter({ hasText: 'February.' }));
    await expectVisible(revision.getByText(/^Moved/u));
    await expectVisible(
      redline.locator('.parley-proposal').getByText('By Syrian armed opposition', { exact: false }),
    );

    // The other party's open page follows to Rev.2: the paragraphs swapped, the bracket there.
    await government.locator('select option[value="2"]').first().waitFor({ state: 'attached' });
    await expectVisible(
      government
        .locator('[data-provision="1"]')
        .getByText('The guarantors shall meet again in March.'),
    );
    await expectVisible(
      government
        .locator('[data-provision="2"] .parley-bracket')
        .filter({ hasText: 'in all areas. / in the agreed zones.' }),
    );
  });
});
