import type { AgendaItem } from '../../core/convening/types.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import type { AgendaStance, Track } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

export async function proposeAgendaItem(
  ctx: AppContext,
  by: { userId: string; participantIds: string[] },
  roundId: string,
  input: { title: string; track: Track },
) {
  await commit(ctx, by.userId, roundId, async (tx, record, now) => {
    const agg = await loadRound(tx, roundId);
    const item: AgendaItem = {
      id: ctx.ports.ids.next(),
      roundId,
      title: input.title,
      track: input.track,
      // A convener seated in the round proposes on behalf of its delegation; an appointed convener proposes alone.
      proposedBy: by.participantIds[0] ?? null,
      stances: [],
    };
    await roundRepo.insertAgendaItem(tx, item, agg.agenda.length + 1, now);
    await record(
      'agenda.propose',
      { kind: 'agenda_item', id: item.id },
      { ...input, proposedBy: item.proposedBy },
    );
  });
}

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
