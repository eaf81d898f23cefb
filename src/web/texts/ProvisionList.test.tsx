import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aText } from '../testing/factories.ts';
import { ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ProvisionList } from './ProvisionList.tsx';

const PROPOSALS = /^\/api\/texts\/txt-statement\/proposals$/;
const proposer = aText({ viewer: { ...aText().viewer, actions: ['text.propose'] } });

async function setup(doc = proposer, editable = true) {
  const api = stubApi([
    { method: 'POST', path: PROPOSALS, reply: ok({ id: 'prop-1' }) },
    { method: 'GET', path: /^\/api\/texts\//, reply: ok(doc) },
  ]);
  const rendered = await renderWithProviders(<ProvisionList doc={doc} editable={editable} />);
  return { api, sent: () => api.sent('POST', PROPOSALS).map((r) => r.body), ...rendered };
}

const paragraph = (n: number) => document.querySelector<HTMLElement>(`[data-provision="${n}"]`)!;
const word = (n: number, text: string) =>
  within(paragraph(n)).getByText(text, { selector: '[data-w]' });
const chosen = () => screen.getByText('Words chosen:').textContent;

describe('ProvisionList: picking words with the keyboard', () => {
  it('moves from word to word, extends with Shift, and goes on to the change with Enter', async () => {
    const { user, sent } = await setup();
    await user.click(screen.getByRole('button', { name: 'Propose a change: Paragraph 1' }));
    const form = screen.getByRole('region', { name: 'Propose a change to Paragraph 1' });
    expect(within(form).getByText(/Pick the first and the last word/)).toBeTruthy();
    // Every word is a button now; the first has the focus.
    expect(document.activeElement).toBe(word(1, 'The'));
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    expect(chosen()).toBe('Words chosen: commit to');
    expect(word(1, 'commit').getAttribute('aria-pressed')).toBe('true');
    expect(word(1, 'parties').getAttribute('aria-pressed')).toBe('false');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Replace them' })),
    );
    await user.click(screen.getByRole('textbox', { name: /New wording/ }));
    await user.keyboard('undertake');
    await user.click(screen.getByRole('button', { name: 'Submit proposal' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: {
        op: 'replace_wording',
        at: { in: 'agreed', provisionId: 'prov-1', segment: 0 },
        start: 2,
        end: 4,
      },
    });
  });

  it('leaves picking with Escape', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Propose a change: Paragraph 2' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Propose a change/ })).toBeNull();
    // The words are text again, no longer buttons.
    expect(paragraph(2).querySelectorAll('[data-w]')).toHaveLength(0);
  });
});

describe('ProvisionList: picking words by clicking', () => {
  it('takes the first and the last word clicked, in either order', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Propose a change: Paragraph 1' }));
    await user.click(word(1, 'ceasefire'));
    expect(chosen()).toBe('Words chosen: ceasefire');
    await user.click(word(1, 'the'));
    expect(chosen()).toBe('Words chosen: the nationwide ceasefire');
    // A third click starts afresh.
    await user.click(word(1, 'parties'));
    expect(chosen()).toBe('Words chosen: parties');
  });

  it('keeps a pick inside one bracketed option', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Propose a change: Paragraph 2' }));
    await user.click(word(2, 'United'));
    await user.click(word(2, 'Compliance'));
    // From "United" back to the start of its option, not across the bracket.
    expect(chosen()).toBe('Words chosen: the United');
    expect(screen.getByRole('radio', { name: 'Remove this option' })).toBeTruthy();
  });
});

describe('ProvisionList: selecting words with the mouse', () => {
  /** Where a word of a paragraph starts or ends, in the text as the page holds it. */
  const point = (n: number, text: string, edge: 'start' | 'end') => {
    for (const place of paragraph(n).querySelectorAll('[data-place]')) {
      const node = place.firstChild as Text;
      const at = new RegExp(`(^| )${text}( |$)`, 'u').exec(node.data);
      if (at === null) continue;
      const start = at.index + at[1]!.length;
      return { node, offset: edge === 'start' ? start : start + text.length };
    }
    throw new Error(`no word ${text} in paragraph ${n}`);
  };
  const select = (n: number, from: string, to: string, toEdge: 'start' | 'end' = 'end') => {
    const a = point(n, from, 'start');
    const b = point(n, to, toEdge);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    fireEvent.mouseUp(b.node.parentElement!);
  };

  it('opens the proposal form on the words selected', async () => {
    await setup();
    // The page holds each passage as one text, words and all: no element per word to render.
    expect(paragraph(1).querySelectorAll('[data-w]')).toHaveLength(0);
    select(1, 'nationwide', 'ceasefire');
    expect(chosen()).toBe('Words chosen: nationwide ceasefire');
    expect(screen.getByRole('region', { name: 'Propose a change to Paragraph 1' })).toBeTruthy();
  });

  it('takes a word the selection only touches at its edge as not selected', async () => {
    await setup();
    select(1, 'to', 'the', 'start');
    expect(chosen()).toBe('Words chosen: to');
  });

  it('keeps a selection across a bracket to where it starts', async () => {
    await setup();
    select(2, 'monitored', 'guarantor');
    expect(chosen()).toBe('Words chosen: monitored by');
  });

  it('opens nothing for readers who may not propose, or on a past revision', async () => {
    await setup(aText());
    select(1, 'nationwide', 'ceasefire');
    expect(screen.queryByRole('region', { name: /Propose a change/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Propose a change/ })).toBeNull();
  });

  it('opens nothing while the text cannot change', async () => {
    await setup(proposer, false);
    select(1, 'nationwide', 'ceasefire');
    expect(screen.queryByRole('region', { name: /Propose a change/ })).toBeNull();
  });
});
