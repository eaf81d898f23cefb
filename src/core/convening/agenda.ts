import type { AgendaItemState } from '../vocabulary.ts';
import type { AgendaItem, Participant } from './types.ts';

/** Adopted when every seated party accepts; contested once any party rejects; open otherwise. */
export function agendaItemState(
  item: Pick<AgendaItem, 'stances'>,
  participants: readonly Participant[],
): AgendaItemState {
  const parties = participants.filter((p) => p.capacity === 'party').map((p) => p.id);
  const stanceOf = (id: string) => item.stances.find((s) => s.participantId === id)?.stance;
  if (parties.some((id) => stanceOf(id) === 'reject')) return 'contested';
  if (parties.length > 0 && parties.every((id) => stanceOf(id) === 'accept')) return 'adopted';
  return 'open';
}
