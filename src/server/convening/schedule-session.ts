import { checkListedParticipants } from '../../core/convening/sessions.ts';
import type { Session } from '../../core/convening/types.ts';
import type { SessionFormat } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { fitChannelsToRound } from '../talks/index.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

export async function scheduleSession(
  ctx: AppContext,
  by: string,
  roundId: string,
  input: {
    title: string;
    format: SessionFormat;
    startsAt: string;
    endsAt: string;
    room: string;
    participantIds: string[];
  },
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const agg = await loadRound(tx, roundId);
    const session: Session = {
      id: ctx.ports.ids.next(),
      roundId,
      title: input.title,
      format: input.format,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      room: input.room,
      participantIds: checkListedParticipants(input.format, input.participantIds, agg.participants),
      formatChanges: [],
      attendance: [],
    };
    await roundRepo.saveSession(tx, session, by);
    await record(
      'session.schedule',
      { kind: 'session', id: session.id },
      { ...input, participantIds: session.participantIds },
    );
    await fitChannelsToRound(ctx, tx, record, roundId, now);
  });
}
