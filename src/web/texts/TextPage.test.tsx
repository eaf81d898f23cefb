import { screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { aRound, aText, MEDIATOR } from '../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import type { TextViewData } from './api.ts';
import { TextPage } from './TextPage.tsx';

const penholder = aText({
  viewer: { ...aText().viewer, participantIds: [MEDIATOR], penholder: true, privileged: true },
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.search}</output>;
}

async function setup(
  doc: TextViewData,
  { pane, proposals = ok({ proposals: [] }) }: { pane?: string; proposals?: Reply } = {},
) {
  stubApi([
    { method: 'GET', path: '/api/texts/txt-statement/proposals', reply: proposals },
    {
      method: 'GET',
      path: /^\/api\/texts\/txt-statement\/redline$/,
      reply: ok({ textId: doc.id, from: 1, to: 2, inserted: 0, deleted: 0, provisions: [] }),
    },
    { method: 'GET', path: '/api/texts/txt-statement', reply: ok(doc) },
  ]);
  const search = `?tab=texts&text=txt-statement${pane ? `&pane=${pane}` : ''}`;
  const rendered = await renderWithProviders(
    <>
      <TextPage round={aRound()} textId="txt-statement" revision={undefined} />
      <Where />
    </>,
    { route: `/rounds/r-astana-1${search}` },
  );
  await screen.findByRole('heading', { level: 2, name: 'Joint statement' });
  return rendered;
}

const tabs = () => screen.getAllByRole('tab').map((t) => t.textContent);
const where = () => new URLSearchParams(screen.getByTestId('where').textContent!);

describe('TextPage: the text and its parts in tabs', () => {
  it('opens on the text, with its outline, and keeps the tab chosen in the URL', async () => {
    const { user } = await setup(aText());
    expect(tabs()).toEqual(['Text', 'Proposals', 'Redline', 'Languages', 'Adoption']);
    expect(screen.getByRole('tab', { name: 'Text' }).getAttribute('aria-selected')).toBe('true');
    // The outline comes right after the provisions have been painted.
    expect(await screen.findByRole('navigation', { name: 'Outline' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Provisions' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Redline' }));
    expect(where().get('pane')).toBe('redline');
    expect(where().get('text')).toBe('txt-statement');
    expect(await screen.findByRole('heading', { level: 3, name: 'Redline' })).toBeTruthy();
    // Only the open tab is rendered: a long text's provisions are not there behind the redline.
    expect(screen.queryByRole('heading', { level: 3, name: 'Provisions' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Text' }));
    expect(where().get('pane')).toBeNull();
  });

  it('opens the tab the URL names', async () => {
    await setup(aText(), { pane: 'adoption' });
    expect(screen.getByRole('tab', { name: 'Adoption' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'Adoption' })).toBeTruthy();
  });

  it('gives the penholder the draft of the next revision, and keeps it while other tabs are read', async () => {
    const { user } = await setup(penholder, { pane: 'draft' });
    expect(tabs()).toEqual([
      'Text',
      'Proposals',
      'Redline',
      'Languages',
      'Adoption',
      'Draft Rev.3',
    ]);
    await user.click(screen.getByRole('button', { name: 'Edit Paragraph 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove Paragraph 1' }));
    expect(screen.getByText('1 change')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Text' }));
    await user.click(screen.getByRole('tab', { name: 'Draft Rev.3' }));
    expect(screen.getByText('1 change')).toBeTruthy();
  });

  it.each([
    ['a party', aText()],
    [
      'a penholder once adoption is open',
      aText({
        ...penholder,
        adoption: {
          revision: 2,
          hash: 'a'.repeat(64),
          signatories: [],
          signatures: [],
          openedBy: MEDIATOR,
          openedAt: '2017-01-24T10:00:00.000Z',
          adoptedAt: null,
        },
      }),
    ],
    [
      'a penholder reading a past revision',
      aText({ ...penholder, revision: { ...penholder.revision, number: 1 } }),
    ],
  ])('has no draft for %s, even when the URL asks for it', async (_, doc) => {
    await setup(doc, { pane: 'draft' });
    expect(tabs()).not.toContain('Draft Rev.3');
    expect(screen.getByRole('tab', { name: 'Text' }).getAttribute('aria-selected')).toBe('true');
  });

  it('has no proposals tab for an observer, whom proposals are not shown', async () => {
    await setup(aText(), { proposals: apiError(403, 'forbidden') });
    await waitFor(() => expect(tabs()).toEqual(['Text', 'Redline', 'Languages', 'Adoption']));
  });

  it('counts the pending proposals on their tab', async () => {
    const proposal = {
      id: 'p1',
      status: 'pending',
      proposerId: null,
      basedOnRevision: 2,
      operation: { op: 'remove_provision', provisionId: 'prov-1' },
      rationale: '',
      submittedAt: '2017-01-23T10:00:00.000Z',
      takenInRevision: null,
      closedAt: null,
      declineReason: null,
    };
    await setup(aText(), {
      proposals: ok({ proposals: [proposal, { ...proposal, id: 'p2', status: 'declined' }] }),
    });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /Proposals/ }).textContent).toBe('Proposals1'),
    );
  });
});
