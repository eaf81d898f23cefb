import { changeFormat } from '../../core/convening/sessions.ts';
import type { SessionFormat } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { fitChannelsToRound } from '../talks/index.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { sessionIn } from './sessions.ts';

export async function changeSessionFormat(
  ctx: AppContext,
  by: string,
  roundId: string,
  sessionId: string,
  input: { format: SessionFormat; reason: string; participantIds?: string[] | undefined },
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const { agg, session } = await sessionIn(tx, roundId, sessionId);
    const changed = changeFormat(session, input, agg.participants, now);
    await roundRepo.saveSession(tx, changed, by);
    await record(
      'session.changeFormat',
      { kind: 'session', id: sessionId },
      {
        from: session.format,
        to: changed.format,
        reason: input.reason,
        participantIds: changed.participantIds,
      },
    );
    await fitChannelsToRound(ctx, tx, record, roundId, now);
  });
}
