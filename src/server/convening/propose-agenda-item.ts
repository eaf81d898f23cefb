import type { AgendaItem } from '../../core/convening/types.ts';
import type { Track } from '../../core/vocabulary.ts';
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
