import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aText, MEDIATOR, OPPOSITION } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { useProposals, type ProposalData, type TextViewData } from './api.ts';
import { DraftingDesk } from './DraftingDesk.tsx';
import { useDesk } from './use-desk.ts';

// The penholder's desk: DraftingDesk with its parts (DeskHeader, DeskProvision and its fields,
// DeskProposals, DeskRefusal), on the joint statement of the factories at Rev.2.

const REVISIONS = '/api/texts/txt-statement/revisions';
const penholder = (over: Partial<TextViewData> = {}) =>
  aText({
    viewer: {
      ...aText().viewer,
      participantIds: [MEDIATOR],
      penholder: true,
      privileged: true,
      speaksFor: [],
      withdrawsFor: [],
    },
    participants: [
      ...aText().participants,
      { id: MEDIATOR, name: 'United Nations', capacity: 'mediator' },
    ],
    ...over,
  });
const pending: ProposalData = {
  id: 'prop-1',
  proposerId: OPPOSITION,
  basedOnRevision: 2,
  // "The parties commit to the nationwide ceasefire": "nationwide" goes.
  operation: {
    op: 'delete_wording',
    at: { in: 'agreed', provisionId: 'prov-1', segment: 0 },
    start: 5,
    end: 6,
  },
  rationale: 'Local truces first.',
  submittedAt: '2017-01-23T10:00:00.000Z',
  status: 'pending',
  takenInRevision: null,
  closedAt: null,
  declineReason: null,
};

function Host({ doc, onIssued }: { doc: TextViewData; onIssued: (n: number) => void }) {
  const desk = useDesk(doc, useProposals(doc.id).data);
  return <DraftingDesk doc={doc} desk={desk} onIssued={onIssued} />;
}

async function setup({
  doc = penholder(),
  proposals = [pending],
  reply = ok(doc),
}: { doc?: TextViewData; proposals?: ProposalData[]; reply?: Reply } = {}) {
  const api = stubApi([
    { method: 'GET', path: '/api/texts/txt-statement/proposals', reply: ok({ proposals }) },
    { method: 'POST', path: REVISIONS, reply },
    { method: 'GET', path: /^\/api\/(texts|rounds)\//, reply: ok(doc) },
  ]);
  const onIssued = vi.fn();
  const rendered = await renderWithProviders(<Host doc={doc} onIssued={onIssued} />);
  const sent = () => api.sent('POST', REVISIONS).map((r) => r.body as { edits: unknown[] });
  return { api, sent, onIssued, ...rendered };
}

const redline = () => screen.getByRole('region', { name: 'Redline against Rev.2' });
const marks = (tag: 'ins' | 'del') =>
  [...redline().querySelectorAll(tag)].map((e) => e.textContent);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function issue(user: Awaited<ReturnType<typeof setup>>['user'], label = 'third draft') {
  await user.type(screen.getByRole('textbox', { name: /Label of Rev.3/ }), label);
  await user.click(button('Issue Rev.3'));
}

describe('DraftingDesk: wording edited in place', () => {
  it('shows the redline live as the penholder types, and issues the edit', async () => {
    const { user, sent, onIssued } = await setup();
    expect(within(redline()).getByText('No changes yet: the draft reads as Rev.2.')).toBeTruthy();
    await user.click(button('Edit Paragraph 1'));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Wording of Paragraph 1',
    });
    await user.clear(field);
    await user.type(field, 'The parties commit to the ceasefire in all areas');
    expect(marks('del')).toEqual(['deleted: nationwide']);
    expect(marks('ins')).toEqual(['inserted: in all areas']);
    expect(screen.getByText('1 change')).toBeTruthy();
    await issue(user);
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({
      basedOnRevision: 2,
      label: 'third draft',
      // One step for the whole typing: the smallest change from the words as they were.
      edits: [
        {
          op: 'replace_wording',
          at: { in: 'agreed', provisionId: 'prov-1', segment: 0 },
          start: 5,
          end: 7,
          text: 'ceasefire in all areas',
        },
      ],
    });
    await waitFor(() => expect(onIssued).toHaveBeenCalledWith(3));
  });

  it('brackets words selected in a field, and adds an option to the new bracket', async () => {
    const { user, sent } = await setup({ proposals: [] });
    await user.click(button('Edit Paragraph 1'));
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Wording of Paragraph 1',
    });
    expect((button('Bracket the selected words') as HTMLButtonElement).disabled).toBe(true);
    // "nationwide ceasefire"
    field.setSelectionRange(26, 46);
    fireEvent.select(field);
    await user.click(button('Bracket the selected words'));
    await user.type(screen.getByRole('textbox', { name: 'New option' }), 'ceasefire regime');
    await user.click(button('Add option'));
    expect(marks('del')).toEqual([]);
    expect(marks('ins').join(' ')).toContain('ceasefire regime');
    expect(marks('ins').join(' ')).toContain('proposed by United Nations');
    await issue(user);
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]!.edits).toEqual([
      {
        op: 'add_bracket',
        at: { in: 'agreed', provisionId: 'prov-1', segment: 0 },
        start: 5,
        end: 7,
      },
      // The bracket step 1 made is named for the server, which makes its id.
      {
        op: 'add_option',
        bracketId: 'new_1_2',
        option: { kind: 'wording', text: 'ceasefire regime' },
      },
    ]);
  });

  it('cleans a bracket by keeping one of its options', async () => {
    const { user, sent } = await setup({ proposals: [] });
    await user.click(button('Edit Paragraph 2'));
    await user.click(button('Keep option 2 of bracket 1 and clean the bracket'));
    expect(marks('del').join(' ')).toContain('guarantor states');
    expect(marks('ins')).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Wording of Paragraph 2' })).toBeTruthy();
    await issue(user);
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]!.edits).toEqual([
      { op: 'resolve_bracket', bracketId: 'br-1', optionId: 'opt-2' },
    ]);
  });

  it('explains a refusal where it happened and keeps the draft as it was', async () => {
    const { user } = await setup({ proposals: [] });
    await user.click(button('Edit Paragraph 2'));
    await user.click(button('Remove option 1 of bracket 1'));
    expect((button('Remove option 1 of bracket 1') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('textbox', { name: 'Option 1' }));
    // Pasted: user-event reads "[" as the start of a key name.
    await user.paste(' [or]');
    const alert = await within(
      document.querySelector<HTMLElement>('[data-provision-id="prov-2"]')!,
    ).findByRole('alert');
    expect(alert.textContent).toContain('Square brackets are made with the bracket buttons');
    expect(screen.getByText('1 change')).toBeTruthy();
  });
});

describe('DraftingDesk: provisions added, moved and removed', () => {
  it('moves a paragraph, adds one after another, removes one', async () => {
    const { user, sent } = await setup({ proposals: [] });
    await user.click(button('Edit Paragraph 1'));
    expect((button('Move up') as HTMLButtonElement).disabled).toBe(true);
    await user.click(button('Move down'));
    expect(within(redline()).getByText('Moved (was 2)')).toBeTruthy();
    await user.click(button('Add a paragraph after'));
    await user.type(
      screen.getByRole('textbox', { name: 'Wording of the new paragraph' }),
      'The guarantors meet again.',
    );
    await user.click(button('Add'));
    expect(within(redline()).getByText('Provision added')).toBeTruthy();
    await user.click(button('Edit Paragraph 3'));
    await user.click(button('Remove Paragraph 3'));
    expect(screen.getByText('3 changes')).toBeTruthy();
    expect(within(redline()).queryByText('Provision added')).toBeNull();
    await issue(user);
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]!.edits).toEqual([
      { op: 'move_provision', provisionId: 'prov-1', parentId: null, position: 1 },
      {
        op: 'add_provision',
        parentId: null,
        position: 2,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'The guarantors meet again.' }],
        },
      },
      { op: 'remove_provision', provisionId: 'new_2_1' },
    ]);
  });
});

describe('DraftingDesk: proposals taken in, changes undone', () => {
  it('takes a proposal in with one click, and leaves it out again', async () => {
    const { user } = await setup();
    const proposals = screen.getByRole('region', { name: 'Proposals to take in' });
    await user.click(await within(proposals).findByRole('button', { name: 'Take in' }));
    expect(marks('del')).toEqual(['deleted: nationwide']);
    expect(within(proposals).getByText('Taken in')).toBeTruthy();
    await user.click(within(proposals).getByRole('button', { name: 'Leave out' }));
    expect(marks('del')).toEqual([]);
  });

  it('refuses a proposal whose wording the draft already changed', async () => {
    const { user } = await setup();
    await user.click(button('Edit Paragraph 1'));
    await user.type(screen.getByRole('textbox', { name: 'Wording of Paragraph 1' }), ' now');
    await user.click(button('Done with Paragraph 1'));
    const proposals = screen.getByRole('region', { name: 'Proposals to take in' });
    await user.click(within(proposals).getByRole('button', { name: 'Take in' }));
    expect((await within(proposals).findByRole('alert')).textContent).toContain(
      'An earlier change in this draft changed the same wording',
    );
    expect(screen.getByText('1 change')).toBeTruthy();
  });

  it('lists the changes, drops one, undoes the last, starts over', async () => {
    const { user } = await setup();
    await user.click(await screen.findByRole('button', { name: 'Take in' }));
    await user.click(button('Edit Paragraph 2'));
    await user.click(button('Keep option 1 of bracket 1 and clean the bracket'));
    await user.click(button('Show the changes'));
    // Names come isolated (Unicode first-strong isolates), as everywhere user text meets a sentence.
    expect(
      screen.getAllByRole('listitem').map((li) => li.textContent!.replace(/[\u2068\u2069]/gu, '')),
    ).toEqual(['Took in the proposal of Syrian opposition', 'Cleaned a bracket in Paragraph 2']);
    await user.click(button(/^Drop change 1: Took in the proposal of/u));
    expect(screen.getByText('1 change')).toBeTruthy();
    await user.click(button('Undo'));
    expect(screen.getByText('0 changes')).toBeTruthy();
    await user.click(button('Take in'));
    await user.click(button('Start over'));
    expect(screen.getByText('0 changes')).toBeTruthy();
  });
});

describe('DraftingDesk: issuing', () => {
  it('shows the server’s refusal and keeps the draft', async () => {
    const { user } = await setup({ reply: apiError(409, 'stale_revision') });
    await user.click(await screen.findByRole('button', { name: 'Take in' }));
    await issue(user);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The text has moved on to a newer revision',
    );
    expect(screen.getByText('1 change')).toBeTruthy();
  });

  it('says when another revision was issued meanwhile, and starts again on it', async () => {
    const { rerender, user } = await setup({ proposals: [] });
    await user.click(button('Edit Paragraph 1'));
    await user.click(button('Remove Paragraph 1'));
    const rev3 = penholder({
      currentRevision: 3,
      revision: { ...penholder().revision, number: 3 },
    });
    rerender(<Host doc={rev3} onIssued={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'Rev.3 was issued while you were drafting',
    );
    expect((button('Issue Rev.3') as HTMLButtonElement).disabled).toBe(true);
    await user.click(button('Start again on Rev.3'));
    expect(screen.getByRole('heading', { name: 'Draft of Rev.4' })).toBeTruthy();
    expect(screen.getByText('0 changes')).toBeTruthy();
  });
});
