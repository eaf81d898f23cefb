import {
  changeFormat,
  checkListedParticipants,
  recordAttendance,
} from '../../core/convening/sessions.ts';
import type { Session } from '../../core/convening/types.ts';
import { notFound } from '../../core/errors.ts';
import type { Attendance, SessionFormat } from '../../core/vocabulary.ts';
import { roundRepo, type Tx } from '../../db/index.ts';
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

async function sessionIn(tx: Tx, roundId: string, sessionId: string) {
  const agg = await loadRound(tx, roundId);
  const session = agg.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound('Session');
  return { agg, session };
}

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
