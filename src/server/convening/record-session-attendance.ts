import { recordAttendance } from '../../core/convening/sessions.ts';
import type { Attendance } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { sessionIn } from './sessions.ts';

export async function recordSessionAttendance(
  ctx: AppContext,
  by: string,
  roundId: string,
  sessionId: string,
  input: { participantId: string; status: Attendance },
) {
  await commit(ctx, by, roundId, async (tx, record) => {
    const { agg, session } = await sessionIn(tx, roundId, sessionId);
    await roundRepo.saveSession(
      tx,
      recordAttendance(session, input.participantId, input.status, agg.participants),
      by,
    );
    await record('session.recordAttendance', { kind: 'session', id: sessionId }, input);
  });
}
