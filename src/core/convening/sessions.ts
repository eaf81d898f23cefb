import { DomainError } from '../errors.ts';
import type { Attendance, SessionFormat } from '../vocabulary.ts';
import type { Participant, Session } from './types.ts';

export const hasStarted = (session: Pick<Session, 'startsAt'>, now: Date) =>
  now.getTime() >= session.startsAt.getTime();

/** Consultations list their participants; bilaterals name exactly two; plenary and proximity take the whole round. */
export function checkListedParticipants(
  format: SessionFormat,
  participantIds: readonly string[],
  seated: readonly Participant[],
): string[] {
  const unique = [...new Set(participantIds)];
  const unknown = unique.filter((id) => !seated.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new DomainError(
      'validation_failed',
      'Some listed participants are not seated in this round.',
      { unknown },
    );
  }
  if (format === 'bilateral' && unique.length !== 2) {
    throw new DomainError(
      'validation_failed',
      'A bilateral session lists exactly two participants.',
    );
  }
  if (format === 'consultation' && unique.length === 0) {
    throw new DomainError('validation_failed', 'A consultation lists its participants.');
  }
  return format === 'plenary' || format === 'proximity' ? [] : unique;
}

export function changeFormat(
  session: Session,
  change: { format: SessionFormat; reason: string; participantIds?: string[] | undefined },
  seated: readonly Participant[],
  now: Date,
): Session {
  if (hasStarted(session, now)) {
    throw new DomainError(
      'session_started',
      'This session has started; its format can no longer change.',
    );
  }
  if (change.format === session.format) {
    throw new DomainError(
      'invalid_transition',
      `The session is already in the ${session.format} format.`,
    );
  }
  const participantIds = checkListedParticipants(
    change.format,
    change.participantIds ?? session.participantIds,
    seated,
  );
  return {
    ...session,
    format: change.format,
    participantIds,
    formatChanges: [
      ...session.formatChanges,
      { from: session.format, to: change.format, reason: change.reason, at: now },
    ],
  };
}

/** Who may be marked in a session's attendance: its listed participants, or everyone seated. */
export function recordAttendance(
  session: Session,
  entries: readonly { participantId: string; status: Attendance }[],
  seated: readonly Participant[],
): Session {
  const eligible =
    session.participantIds.length > 0 ? session.participantIds : seated.map((p) => p.id);
  const named = entries.map((e) => e.participantId);
  const outside = named.filter((id) => !eligible.includes(id));
  if (outside.length > 0) {
    throw new DomainError(
      'validation_failed',
      'Some of these participants are not part of the session.',
      { outside },
    );
  }
  // One word per participant in a call: which of two would count is not for the order to decide.
  const twice = named.filter((id, i) => named.indexOf(id) !== i);
  if (twice.length > 0) {
    throw new DomainError('validation_failed', 'A participant is marked twice.', { twice });
  }
  const kept = session.attendance.filter((a) => !named.includes(a.participantId));
  return {
    ...session,
    attendance: [
      ...kept,
      ...entries.map((e) => ({ participantId: e.participantId, status: e.status })),
    ],
  };
}

export type SessionPhase = 'scheduled' | 'in_progress' | 'ended';

/**
 * Where a session stands at `now`: an instant comparison, so the same answer in every time zone;
 * the round's zone only says how its times are written. It starts at its first instant and has
 * ended at its last.
 */
export function sessionPhase(
  session: { startsAt: Date | string; endsAt: Date | string },
  now: Date | number,
): SessionPhase {
  const at = typeof now === 'number' ? now : now.getTime();
  if (at < new Date(session.startsAt).getTime()) return 'scheduled';
  return at < new Date(session.endsAt).getTime() ? 'in_progress' : 'ended';
}
