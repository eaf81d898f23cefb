import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aBracketedProvision, aProvision, aText } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { wordingPlaces } from './model.ts';
import type { ProposeTarget } from './propose.ts';
import { ProposeForm } from './ProposeForm.tsx';

const PROPOSALS = /^\/api\/texts\/txt-statement\/proposals$/;

const proposal = {
  id: 'prop-1',
  proposerId: 'p-gov',
  basedOnRevision: 2,
  operation: { op: 'remove_provision', provisionId: 'prov-1' },
  rationale: '',
  submittedAt: '2017-01-23T10:00:00.000Z',
  status: 'pending',
  takenInRevision: null,
  closedAt: null,
  declineReason: null,
};

const first = aProvision();
const second = aBracketedProvision();
// "The parties commit to the nationwide ceasefire": words 2–4 are "commit to".
const inAgreed: ProposeTarget = {
  provision: first,
  pick: { place: wordingPlaces(first)[0]!, start: 2, end: 4 },
};
// "the United Nations", the bracket's second option.
const inOption: ProposeTarget = {
  provision: second,
  pick: { place: wordingPlaces(second)[2]!, start: 1, end: 3 },
};

async function setup({
  target = inAgreed,
  reply = ok(proposal),
}: { target?: ProposeTarget; reply?: Reply } = {}) {
  const doc = aText();
  const api = stubApi([
    { method: 'POST', path: PROPOSALS, reply },
    // A refusal of a stale revision refetches the text.
    { method: 'GET', path: /^\/api\/texts\//, reply: ok(doc) },
  ]);
  const onCancel = vi.fn();
  const rendered = await renderWithProviders(
    <ProposeForm doc={doc} target={target} onCancel={onCancel} />,
  );
  const sent = () => api.sent('POST', PROPOSALS).map((r) => r.body);
  return { api, sent, onCancel, ...rendered };
}

const kinds = () =>
  screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
const newWording = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /New wording/ });
const rationale = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Rationale' });
const submit = () => screen.getByRole('button', { name: 'Submit proposal' });

describe('ProposeForm: words picked in agreed wording', () => {
  it('names the provision and the words, and replaces them', async () => {
    const { user, sent } = await setup();
    expect(screen.getByRole('region', { name: 'Propose a change to Paragraph 1' })).toBeTruthy();
    expect(screen.getByText('Words chosen:').textContent).toBe('Words chosen: commit to');
    expect(kinds()).toEqual([
      'Replace them',
      'Delete them',
      'Bracket them',
      'Insert before them',
      'Insert after them',
    ]);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Replace them' }).checked).toBe(
      true,
    );
    await user.type(newWording(), 'undertake to observe');
    await user.type(rationale(), 'Stronger wording.');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({
      basedOnRevision: 2,
      operation: {
        op: 'replace_wording',
        at: { in: 'agreed', provisionId: 'prov-1', segment: 0 },
        start: 2,
        end: 4,
        text: 'undertake to observe',
      },
      rationale: 'Stronger wording.',
    });
    expect((await screen.findByRole('status')).textContent).toContain('Proposal submitted.');
    expect(newWording().value).toBe('');
    expect(rationale().value).toBe('');
  });

  it.each([
    ['Delete them', { op: 'delete_wording', start: 2, end: 4 }],
    ['Insert after them', { op: 'insert_wording', position: 4, text: 'fully' }],
    ['Insert before them', { op: 'insert_wording', position: 2, text: 'fully' }],
  ])('%s', async (kind, operation) => {
    const { user, sent } = await setup();
    await user.click(screen.getByRole('radio', { name: kind }));
    if ('text' in operation) await user.type(newWording(), 'fully');
    else expect(screen.queryByRole('textbox', { name: /New wording/ })).toBeNull();
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: { ...operation, at: { in: 'agreed', provisionId: 'prov-1' } },
    });
  });

  it('brackets the words, with another wording beside them', async () => {
    const { user, sent } = await setup();
    await user.click(screen.getByRole('radio', { name: 'Bracket them' }));
    expect(screen.queryByRole('textbox', { name: /New wording/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Another wording' }));
    await user.type(newWording(), 'undertake');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: {
        op: 'add_bracket',
        start: 2,
        end: 4,
        alternative: { kind: 'wording', text: 'undertake' },
      },
    });
  });

  it('sends nothing while the new wording is empty or only spaces', async () => {
    const { user, api } = await setup();
    expect((submit() as HTMLButtonElement).disabled).toBe(true);
    await user.type(newWording(), '   ');
    expect((submit() as HTMLButtonElement).disabled).toBe(true);
    await user.click(submit());
    expect(api.requests).toEqual([]);
  });
});

describe('ProposeForm: words picked in a bracket’s option', () => {
  it('offers the option’s changes, not a bracket inside it', async () => {
    await setup({ target: inOption });
    expect(kinds()).toEqual([
      'Replace them',
      'Delete them',
      'Insert before them',
      'Insert after them',
      'Add an option to this bracket',
      'Remove this option',
    ]);
  });

  it.each([
    ['Remove this option', null, { op: 'remove_option', bracketId: 'br-1', optionId: 'opt-2' }],
    [
      'Add an option to this bracket',
      'the mechanism',
      { op: 'add_option', bracketId: 'br-1', option: { kind: 'wording', text: 'the mechanism' } },
    ],
    [
      'Replace them',
      'Security Council',
      {
        op: 'replace_wording',
        at: { in: 'option', bracketId: 'br-1', optionId: 'opt-2' },
        start: 1,
        end: 3,
        text: 'Security Council',
      },
    ],
  ])('%s', async (kind, wording, operation) => {
    const { user, sent } = await setup({ target: inOption });
    await user.click(screen.getByRole('radio', { name: kind }));
    if (wording !== null) await user.type(newWording(), wording);
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({ operation });
  });

  it('adds an option that deletes the bracketed words', async () => {
    const { user, sent } = await setup({ target: inOption });
    await user.click(screen.getByRole('radio', { name: 'Add an option to this bracket' }));
    await user.click(screen.getByRole('radio', { name: 'Deleting the words' }));
    expect(screen.queryByRole('textbox', { name: /New wording/ })).toBeNull();
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: { op: 'add_option', option: { kind: 'delete' } },
    });
  });
});

describe('ProposeForm: the provision as a whole', () => {
  it('says how to pick words, and offers a new provision after it or its removal', async () => {
    const { user, sent } = await setup({ target: { provision: first, pick: null } });
    expect(screen.getByText(/Pick the first and the last word/)).toBeTruthy();
    expect(kinds()).toEqual(['Add a provision after this one', 'Remove this provision']);
    await user.type(newWording(), 'The guarantors meet again');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: {
        op: 'add_provision',
        parentId: null,
        position: 1,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'The guarantors meet again' }],
        },
      },
    });
    await user.click(screen.getByRole('radio', { name: 'Remove this provision' }));
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(2));
    expect(sent()[1]).toMatchObject({
      operation: { op: 'remove_provision', provisionId: 'prov-1' },
    });
  });
});

describe('ProposeForm: refusals and cancelling', () => {
  it('shows the server’s reason for invalid input and keeps the form', async () => {
    const { user } = await setup({
      reply: apiError(
        400,
        'validation_failed',
        'operation.text: square brackets are made with bracket operations',
      ),
    });
    // Typed as pasted: user-event reads "[" as the start of a key name.
    await user.click(newWording());
    await user.paste('the [guarantors]');
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some of the information is not valid.');
    expect(alert.textContent).toContain('square brackets are made with bracket operations');
    expect(newWording().value).toBe('the [guarantors]');
    expect(screen.queryByText(/Proposal submitted/)).toBeNull();
  });

  it('explains that the text has moved on to a newer revision', async () => {
    const { user, api } = await setup({ reply: apiError(409, 'stale_revision') });
    await user.type(newWording(), 'undertake');
    await user.click(submit());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The text has moved on to a newer revision');
    expect(newWording().value).toBe('undertake');
    expect(api.unmatched()).toEqual([]);
  });

  it('is left with Cancel', async () => {
    const { user, onCancel, api } = await setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(api.requests).toEqual([]);
  });
});
