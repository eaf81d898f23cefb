import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aBracketedProvision, aProvision, aText } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ProposeForm } from './ProposeForm.tsx';

// The texts API moves from /api/texts/… to /api/texts/…: either is the same endpoint here.
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

async function setup({
  doc = aText(),
  reply = ok(proposal),
}: { doc?: ReturnType<typeof aText>; reply?: Reply } = {}) {
  const api = stubApi([
    { method: 'POST', path: PROPOSALS, reply },
    // A refusal of a stale revision refetches the text.
    { method: 'GET', path: /^\/api\/texts\//, reply: ok(doc) },
  ]);
  const rendered = await renderWithProviders(<ProposeForm doc={doc} />);
  const sent = () => api.sent('POST', PROPOSALS).map((r) => r.body);
  return { api, sent, ...rendered };
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
const optionsOf = (name: string) =>
  within(select(name))
    .queryAllByRole<HTMLOptionElement>('option')
    .map((o) => o.textContent);
const newWording = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /New wording/ });
const rationale = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Rationale' });
const submit = () => screen.getByRole('button', { name: 'Submit proposal' });

describe('ProposeForm: replacing wording', () => {
  it('replaces a span of words, in whichever order it was chosen', async () => {
    const { user, sent } = await setup();
    expect(select('Change').value).toBe('replace_wording');
    expect(optionsOf('Provision')).toEqual([
      'Paragraph 1: The parties commit to the nationwide ceasefire',
      'Paragraph 2: Compliance is monitored by [the guarantor states / the United Nations]',
    ]);
    expect(optionsOf('From word')[2]).toBe('3. commit');
    await user.selectOptions(select('From word'), '4. to');
    await user.selectOptions(select('To word'), '3. commit');
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
  });

  it('confirms the proposal and clears the wording and rationale', async () => {
    const { user } = await setup();
    await user.type(newWording(), 'undertake');
    await user.type(rationale(), 'Shorter.');
    await user.click(submit());
    expect((await screen.findByRole('status')).textContent).toContain('Proposal submitted.');
    expect(newWording().value).toBe('');
    expect(rationale().value).toBe('');
  });
});

describe('ProposeForm: inserting and deleting wording', () => {
  it('inserts words at the end, or into a bracket’s option', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'insert_wording');
    await user.selectOptions(select('Provision'), 'prov-2');
    expect(optionsOf('Wording')).toEqual([
      'Agreed wording: Compliance is monitored by',
      'Option in brackets: the guarantor states',
      'Option in brackets: the United Nations',
    ]);
    await user.selectOptions(select('Wording'), 'Option in brackets: the United Nations');
    await user.selectOptions(select('Insert before'), 'At the end');
    await user.type(newWording(), 'Security Council');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: {
        op: 'insert_wording',
        at: { in: 'option', bracketId: 'br-1', optionId: 'opt-2' },
        position: 3,
        text: 'Security Council',
      },
    });
  });

  it('deletes words without asking for new wording', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'delete_wording');
    expect(screen.queryByRole('textbox', { name: /New wording/ })).toBeNull();
    await user.selectOptions(select('From word'), '6. nationwide');
    await user.selectOptions(select('To word'), '6. nationwide');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: { op: 'delete_wording', start: 5, end: 6 },
      rationale: '',
    });
  });

  it('sends nothing while the new wording is empty', async () => {
    const { user, api } = await setup();
    await user.click(submit());
    expect(newWording().required).toBe(true);
    expect(api.requests).toEqual([]);
  });
});

describe('ProposeForm: wording of spaces', () => {
  it('is no wording: the form sends nothing', async () => {
    const { user, api } = await setup();
    await user.type(newWording(), '   ');
    await user.click(submit());
    expect(api.requests).toEqual([]);
  });
});

describe('ProposeForm: brackets', () => {
  it('brackets agreed words with another wording', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'add_bracket');
    await user.selectOptions(select('Provision'), 'prov-2');
    expect(optionsOf('Wording')).toEqual(['Agreed wording: Compliance is monitored by']);
    await user.selectOptions(select('From word'), '4. by');
    expect(screen.queryByRole('textbox', { name: /New wording/ })).toBeNull();
    await user.selectOptions(select('Offer with it'), 'wording');
    await user.type(newWording(), 'verified through');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: {
        op: 'add_bracket',
        at: { in: 'agreed', provisionId: 'prov-2', segment: 0 },
        start: 0,
        end: 4,
        alternative: { kind: 'wording', text: 'verified through' },
      },
    });
  });

  it('adds a delete option to a bracket', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'add_option');
    await user.selectOptions(select('Provision'), 'prov-2');
    expect(optionsOf('Bracket')).toEqual(['Bracket 1: the guarantor states / the United Nations']);
    await user.selectOptions(select('Option'), 'delete');
    expect(screen.queryByRole('textbox', { name: /New wording/ })).toBeNull();
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: { op: 'add_option', bracketId: 'br-1', option: { kind: 'delete' } },
    });
  });

  it('removes the chosen option of a bracket', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'remove_option');
    await user.selectOptions(select('Provision'), 'prov-2');
    await user.selectOptions(select('Option to remove'), 'the United Nations');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: { op: 'remove_option', bracketId: 'br-1', optionId: 'opt-2' },
    });
  });

  it('says when a provision has no bracket or no agreed wording, and sends nothing', async () => {
    const onlyBracket = aBracketedProvision({
      content: [aBracketedProvision().content[1]!],
      text: '[the guarantor states / the United Nations]',
    });
    const { user, api } = await setup({
      doc: aText({ revision: { ...aText().revision, provisions: [aProvision(), onlyBracket] } }),
    });
    await user.selectOptions(select('Change'), 'remove_option');
    expect(screen.getByText('This provision has no brackets.')).toBeTruthy();
    await user.click(submit());
    await user.selectOptions(select('Change'), 'add_bracket');
    await user.selectOptions(select('Provision'), 'prov-2');
    expect(screen.getByText('This provision has no agreed wording to bracket.')).toBeTruthy();
    await user.click(submit());
    expect(api.requests).toEqual([]);
  });
});

describe('ProposeForm: provisions', () => {
  it('adds a provision right after the chosen one, in the chosen part', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'add_provision');
    expect(screen.getByText('The new provision follows the chosen one.')).toBeTruthy();
    await user.selectOptions(select('Part'), 'Preamble');
    await user.type(newWording(), 'Recalling resolution 2254');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: {
        op: 'add_provision',
        parentId: null,
        position: 1,
        provision: {
          part: 'preamble',
          heading: false,
          content: [{ type: 'agreed', text: 'Recalling resolution 2254' }],
          children: [],
        },
      },
    });
  });

  it('removes the chosen provision', async () => {
    const { user, sent } = await setup();
    await user.selectOptions(select('Change'), 'remove_provision');
    await user.selectOptions(select('Provision'), 'prov-2');
    await user.click(submit());
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({
      operation: { op: 'remove_provision', provisionId: 'prov-2' },
    });
  });

  it('sends nothing for a text without provisions', async () => {
    const empty = aText({ revision: { ...aText().revision, provisions: [] } });
    const { user, api } = await setup({ doc: empty });
    await user.selectOptions(select('Change'), 'remove_provision');
    expect(optionsOf('Provision')).toEqual([]);
    await user.click(submit());
    expect(api.requests).toEqual([]);
  });
});

describe('ProposeForm: refusals', () => {
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
    expect(alert.textContent).toContain('make it again');
    expect(newWording().value).toBe('undertake');
    expect(api.unmatched()).toEqual([]);
  });
});
