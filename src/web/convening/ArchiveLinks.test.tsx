import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aRound, GOVERNMENT, MEDIATOR } from '../testing/factories.ts';
import { stubApi } from '../testing/fetch.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { ArchiveLinks } from './ArchiveLinks.tsx';

const head = (headOf: string[]) =>
  aRound({ viewer: { participantIds: headOf, headOf, actions: ['round.archive'] } });
// Astana I ended on 24 January 2017 in Astana (UTC+6): late that evening in UTC it is already over.
const during = new Date('2017-01-24T17:00:00Z');
const after = new Date('2017-01-24T18:30:00Z');

async function show(round: ReturnType<typeof aRound>, now: Date) {
  stubApi([]);
  return renderWithProviders(<ArchiveLinks round={round} now={now} />);
}

describe('ArchiveLinks', () => {
  it('offers a delegation head its archive once the round is over where it met', async () => {
    await show(head([GOVERNMENT]), after);
    const link = screen.getByRole('link', { name: 'Download the archive (ZIP)' });
    expect(link.getAttribute('href')).toBe('/api/rounds/r-astana-1/archive');
    expect(screen.getByText(/parley verify --archive/)).toBeTruthy();
  });

  it('says when the archive opens while the round is on', async () => {
    await show(head([GOVERNMENT]), during);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/opens once the round is over/)).toBeTruthy();
  });

  it('names the delegation on each link for a head of two', async () => {
    await show(head([GOVERNMENT, MEDIATOR]), after);
    const links = screen.getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
    expect(links).toEqual([
      [
        'Download the archive of Government of Syria',
        `/api/rounds/r-astana-1/archive?participantId=${GOVERNMENT}`,
      ],
      [
        'Download the archive of United Nations',
        `/api/rounds/r-astana-1/archive?participantId=${MEDIATOR}`,
      ],
    ]);
  });

  it('shows nothing to someone who heads no delegation', async () => {
    await show(aRound({ viewer: { participantIds: [GOVERNMENT] } }), after);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText(/archive/i)).toBeNull();
  });
});
