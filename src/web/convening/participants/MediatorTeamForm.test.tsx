import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aParticipant, aRound, MEDIATOR } from '../../testing/factories.ts';
import { ok, stubApi } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { MediatorTeamForm } from './MediatorTeamForm.tsx';

const RUSSIA = 'p-ru';
const seated = aRound().participants;
const round = aRound({
  viewer: { isConvener: true, actions: ['round.setMediatorTeam'] },
  participants: [
    ...seated,
    aParticipant({
      id: RUSSIA,
      actor: { id: 'a-ru', name: 'Russian Federation', kind: 'state', members: [] },
      capacity: 'sponsor',
    }),
    aParticipant({
      id: 'p-us',
      actor: { id: 'a-us', name: 'United States', kind: 'state', members: [] },
      capacity: 'observer',
    }),
    aParticipant({
      id: 'p-kz',
      actor: { id: 'a-kz', name: 'Kazakhstan', kind: 'state', members: [] },
      capacity: 'host',
    }),
  ],
});
const PATH = `/api/rounds/${round.id}/mediator-team`;

describe('the mediator-team form', () => {
  it('offers the mediators and sponsors only, never a party, the observer or the host', async () => {
    stubApi([]);
    await renderWithProviders(<MediatorTeamForm round={round} />);
    const offered = (screen.getAllByRole('checkbox') as HTMLInputElement[]).map((c) => [
      c.labels?.[0]?.textContent,
      c.checked,
    ]);
    expect(offered).toEqual([
      ['United Nations · Mediator', true],
      ['Russian Federation · Sponsor', false],
    ]);
  });

  it('sends the team chosen among them', async () => {
    const api = stubApi([{ method: 'PUT', path: PATH, reply: ok(round) }]);
    const { user } = await renderWithProviders(<MediatorTeamForm round={round} />);
    await user.click(screen.getByRole('checkbox', { name: /Russian Federation/ }));
    await user.click(screen.getByRole('button', { name: 'Save mediator team' }));
    await waitFor(() => expect(api.sent('PUT', PATH)).toHaveLength(1));
    expect(api.sent('PUT', PATH)[0]?.body).toEqual({ participantIds: [MEDIATOR, RUSSIA] });
  });

  it('asks for at least one before sending anything', async () => {
    const api = stubApi([{ method: 'PUT', path: PATH, reply: ok(round) }]);
    const { user } = await renderWithProviders(<MediatorTeamForm round={round} />);
    await user.click(screen.getByRole('checkbox', { name: /United Nations/ }));
    await user.click(screen.getByRole('button', { name: 'Save mediator team' }));
    expect(screen.getByText('Choose at least one.')).toBeTruthy();
    expect(api.requests).toHaveLength(0);
  });

  it('says why there is nothing to choose while no mediator or sponsor is seated, in Arabic too', async () => {
    const partiesOnly = aRound({
      viewer: { isConvener: true, actions: ['round.setMediatorTeam'] },
      participants: seated.filter((p) => p.capacity === 'party'),
    });
    await renderWithProviders(<MediatorTeamForm round={partiesOnly} />, { language: 'ar' });
    expect(screen.getByText(/لم يُجلس أي وسيط أو جهة راعية بعد/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
