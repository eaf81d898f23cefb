import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProvision, aText, OPPOSITION } from '../testing/factories.ts';
import { apiError, ok, stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import type { ProposalData } from './api.ts';
import { ProposalsPanel } from './ProposalsPanel.tsx';

const at = { in: 'agreed' as const, provisionId: 'prov-1', segment: 0 };
const aProposal = (overrides: Partial<ProposalData> = {}): ProposalData => ({
  id: 'prop-1',
  proposerId: OPPOSITION,
  basedOnRevision: 2,
  // "The parties commit to the nationwide ceasefire": "commit to" becomes "undertake to observe".
  operation: { op: 'replace_wording', at, start: 2, end: 4, text: 'undertake to observe' },
  rationale: 'Stronger wording.',
  submittedAt: '2017-01-23T10:00:00.000Z',
  status: 'pending',
  takenInRevision: null,
  closedAt: null,
  declineReason: null,
  ...overrides,
});

async function setup(proposals: ProposalData[], doc = aText(), rev1 = aText()) {
  const api = stubApi([
    { method: 'GET', path: '/api/texts/txt-statement/proposals', reply: ok({ proposals }) },
    {
      method: 'GET',
      path: '/api/texts/txt-statement',
      reply: (r) => ok(r.query.get('revision') === '1' ? rev1 : doc),
    },
  ]);
  await renderWithProviders(<ProposalsPanel doc={doc} />);
  return api;
}

/** The card of the proposal whose kind, status or wording reads `text`. */
const card = async (text: string) => {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = [...document.querySelectorAll<HTMLElement>('.parley-proposal')].find((c) =>
      c.textContent!.includes(text),
    );
    expect(found).toBeDefined();
  });
  return found!;
};
const marks = (c: HTMLElement, tag: 'ins' | 'del') =>
  [...c.querySelectorAll(tag)].map((e) => e.textContent);

describe('ProposalsPanel: each proposal as a small redline', () => {
  it('strikes what it replaces and underlines what it brings, with its proposer and status', async () => {
    await setup([aProposal()]);
    const c = await card('undertake');
    // Word by word: "to" stays, so the change reads as the words it really touches.
    expect(marks(c, 'del')).toEqual(['deleted: commit']);
    expect(marks(c, 'ins')).toEqual(['inserted: undertake', 'inserted: observe']);
    expect(c.querySelector('p[dir="auto"]')!.textContent).toBe(
      'The parties deleted: commit inserted: undertake to inserted: observe the nationwide ceasefire',
    );
    expect(within(c).getByText('Pending')).toBeTruthy();
    expect(within(c).getByText(/By Syrian opposition/)).toBeTruthy();
    expect(within(c).getByText('Stronger wording.')).toBeTruthy();
  });

  it('says the proposer is withheld where the viewer may not know it', async () => {
    await setup([aProposal({ proposerId: null })]);
    const c = await card('undertake');
    expect(within(c).getByText(/proposer withheld/)).toBeTruthy();
    expect(c.textContent).not.toContain('Syrian opposition');
  });

  it('shows a proposal taken into an earlier revision against the revision it was made on', async () => {
    const rev1 = aText({
      revision: {
        ...aText().revision,
        number: 1,
        provisions: [
          aProvision({
            text: 'The parties agree to a ceasefire',
            content: [{ type: 'agreed', text: 'The parties agree to a ceasefire' }],
          }),
        ],
      },
    });
    const api = await setup(
      [
        aProposal({
          basedOnRevision: 1,
          status: 'taken_in',
          takenInRevision: 2,
          operation: { op: 'delete_wording', at, start: 3, end: 4 },
        }),
      ],
      aText(),
      rev1,
    );
    const c = await card('deleted: to');
    expect(within(c).getByText('Taken into Rev.2')).toBeTruthy();
    expect(marks(c, 'del')).toEqual(['deleted: to']);
    expect(marks(c, 'ins')).toEqual([]);
    expect(
      api.sent('GET', '/api/texts/txt-statement').some((r) => r.query.get('revision') === '1'),
    ).toBe(true);
  });

  it('shows a whole new provision as inserted, a removed one as deleted', async () => {
    await setup([
      aProposal({
        id: 'prop-add',
        operation: {
          op: 'add_provision',
          parentId: null,
          position: 2,
          provision: {
            part: 'operative',
            heading: false,
            content: [{ type: 'agreed', text: 'The guarantors meet again.' }],
            children: [],
          },
        },
      }),
      aProposal({
        id: 'prop-remove',
        operation: { op: 'remove_provision', provisionId: 'prov-1' },
      }),
    ]);
    const added = await card('Add a provision');
    expect(added.querySelector('ins')!.textContent).toContain('The guarantors meet again.');
    expect(within(added).getByText('Provision added')).toBeTruthy();
    const removed = await card('Remove a provision');
    expect(removed.querySelector('del')!.textContent).toContain(
      'The parties commit to the nationwide ceasefire',
    );
  });

  it('falls back to the wording a proposal brings when it no longer applies to its revision', async () => {
    await setup([
      aProposal({
        operation: {
          op: 'replace_wording',
          at: { ...at, provisionId: 'gone' },
          start: 0,
          end: 1,
          text: 'Henceforth',
        },
      }),
    ]);
    const c = await card('Henceforth');
    expect(marks(c, 'ins')).toEqual([]);
  });

  it('is absent for observers, whom proposals are not shown', async () => {
    stubApi([
      {
        method: 'GET',
        path: '/api/texts/txt-statement/proposals',
        reply: apiError(403, 'forbidden'),
      },
    ]);
    await renderWithProviders(<ProposalsPanel doc={aText()} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Proposals' })).toBeNull();
  });
});
