import { roundRepo } from '../../db/index.ts';
import { changeSessionFormat } from '../convening/change-session-format.ts';
import { recordSessionAttendance } from '../convening/record-session-attendance.ts';
import { scheduleSession } from '../convening/schedule-session.ts';
import type { Cast } from './astana-actors.ts';
import type { Seating } from './astana-round.ts';
import { astana, type Stage } from './astana-stage.ts';

const HALL = 'Rixos President Hotel, conference hall';

/**
 * The four sessions of the scenario; the ceasefire talks turn from bilateral to proximity, and
 * who attended the consultations and the opening is recorded.
 */
export async function loadSessions({ ctx, at }: Stage, cast: Cast, seating: Seating) {
  const { roundId, sponsors } = seating;
  const russia = cast.user('russia@parley.test');
  at(astana(21, 10));
  await scheduleSession(ctx, russia, roundId, {
    title: 'Preparatory consultations',
    format: 'consultation',
    startsAt: astana(22, 11),
    endsAt: astana(22, 19),
    room: 'Rixos President Hotel, delegation floor',
    participantIds: sponsors,
  });
  await scheduleSession(ctx, russia, roundId, {
    title: 'Opening session (round table)',
    format: 'plenary',
    startsAt: astana(23, 10),
    endsAt: astana(23, 12),
    room: HALL,
    participantIds: [],
  });
  await scheduleSession(ctx, russia, roundId, {
    title: 'Talks on the ceasefire',
    format: 'bilateral',
    startsAt: astana(23, 14),
    endsAt: astana(24, 12),
    room: 'Rixos President Hotel, meeting rooms A and B',
    participantIds: [seating.government, seating.opposition],
  });
  await scheduleSession(ctx, russia, roundId, {
    title: 'Closing session',
    format: 'plenary',
    startsAt: astana(24, 14),
    endsAt: astana(24, 16),
    room: HALL,
    participantIds: [],
  });

  const sessions = (await roundRepo.loadRoundAggregate(ctx.database.db, roundId))!.sessions;
  const sessionId = (title: string) => sessions.find((s) => s.title === title)!.id;
  at(astana(23, 13, 30));
  await changeSessionFormat(ctx, russia, roundId, sessionId('Talks on the ceasefire'), {
    format: 'proximity',
    reason:
      'The opposition delegation will not negotiate face to face; the talks go through the mediators.',
  });

  at(astana(22, 19));
  await recordSessionAttendance(ctx, russia, roundId, sessionId('Preparatory consultations'), {
    attendance: sponsors.map((participantId) => ({ participantId, status: 'present' })),
  });
  at(astana(23, 12));
  const host = cast.user('host@parley.test');
  await recordSessionAttendance(ctx, host, roundId, sessionId('Opening session (round table)'), {
    attendance: seating.participantIds.map((participantId) => ({
      participantId,
      status: 'present',
    })),
  });
}
