import { recordAttendance } from '../../core/convening/sessions.ts';
import type { Attendance } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { sessionIn } from './sessions.ts';

/**
 * Takes the attendance of a session from one list, all or nothing; the record keeps one event per
 * participant, as each delegation's archive holds only its own.
 */
export async function recordSessionAttendance(
  ctx: AppContext,
  by: string,
  roundId: string,
  sessionId: string,
  input: { attendance: { participantId: string; status: Attendance }[] },
) {
  await commit(ctx, by, roundId, async (tx, record) => {
    const { agg, session } = await sessionIn(tx, roundId, sessionId);
    await roundRepo.saveSession(
      tx,
      recordAttendance(session, input.attendance, agg.participants),
      by,
    );
    for (const { participantId, status } of input.attendance) {
      await record(
        'session.recordAttendance',
        { kind: 'session', id: sessionId },
        { participantId, status },
      );
    }
  });
}
