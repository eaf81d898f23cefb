import { DomainError, notFound } from '../../core/errors.ts';
import type { AgendaStance } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

export async function setStance(
  ctx: AppContext,
  by: string,
  roundId: string,
  itemId: string,
  input: { participantId: string; stance: AgendaStance; comment: string },
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const agg = await loadRound(tx, roundId);
    const item = agg.agenda.find((i) => i.id === itemId);
    if (!item) throw notFound('Agenda item');
    const party = agg.participants.find((p) => p.id === input.participantId);
    if (!party || party.capacity !== 'party') {
      throw new DomainError(
        'validation_failed',
        'Only a party seated in this round takes a stance on its agenda.',
      );
    }
    const previous = item.stances.find((s) => s.participantId === input.participantId);
    await roundRepo.upsertStance(tx, { itemId, ...input, updatedBy: by, updatedAt: now });
    await record(
      'agenda.setStance',
      { kind: 'agenda_item', id: itemId },
      { ...input, previous: previous?.stance ?? null },
    );
  });
}
