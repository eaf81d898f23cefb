import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aParticipant, aRound, anAgendaItem, GOVERNMENT } from '../../testing/factories.ts';
import { apiError, ok, stubApi, type Reply } from '../../testing/fetch.ts';
import { renderWithProviders } from '../../testing/render.tsx';
import { StanceModal } from './StanceModal.tsx';

// The agenda's stance form (StanceForm) as a party's head uses it: what it sends, and after.
const round = aRound({ viewer: { participantIds: [GOVERNMENT], speaksFor: [GOVERNMENT] } });
const STANCE = '/api/agenda/ag-ceasefire/stance';

async function setup({
  item = anAgendaItem(),
  reply = ok(round),
}: { item?: ReturnType<typeof anAgendaItem>; reply?: Reply } = {}) {
  const api = stubApi([{ method: 'PUT', path: STANCE, reply }]);
  const onClose = vi.fn();
  const rendered = await renderWithProviders(
    <StanceModal round={round} target={{ item, party: aParticipant() }} onClose={onClose} />,
  );
  const dialog = await screen.findByRole('dialog', {
    name: /Government of Syria.*Consolidating the ceasefire/,
  });
  return { api, onClose, dialog, ...rendered };
}

describe('StanceModal (agenda stance)', () => {
  it('starts at “Accept” and puts the party’s stance with its comment', async () => {
    const { user, api, dialog, onClose } = await setup();
    const stance = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Stance' });
    expect(stance.value).toBe('accept');
    await user.selectOptions(stance, 'Reserve');
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Awaiting Damascus.');
    await user.click(within(dialog).getByRole('button', { name: 'Save stance' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(api.requests).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: STANCE,
        body: { participantId: GOVERNMENT, stance: 'reserve', comment: 'Awaiting Damascus.' },
      }),
    ]);
  });

  it('starts from the stance the party already took', async () => {
    const item = anAgendaItem({
      stances: [
        {
          participantId: GOVERNMENT,
          stance: 'reject',
          comment: 'Too early.',
          updatedAt: '2017-01-23T11:00:00.000Z',
        },
      ],
    });
    const { dialog } = await setup({ item });
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Stance' }).value).toBe(
      'reject',
    );
    expect(
      within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Comment' }).value,
    ).toBe('Too early.');
  });

  it('stays open with the reason when the stance is refused', async () => {
    const { user, dialog, onClose } = await setup({ reply: apiError(403, 'forbidden') });
    await user.click(within(dialog).getByRole('button', { name: 'Save stance' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('You are not allowed to do this.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on cancel without sending', async () => {
    const { user, api, dialog, onClose } = await setup();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(api.requests).toEqual([]);
  });
});
