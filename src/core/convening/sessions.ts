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
  participantId: string,
  status: Attendance,
  seated: readonly Participant[],
): Session {
  const eligible =
    session.participantIds.length > 0 ? session.participantIds : seated.map((p) => p.id);
  if (!eligible.includes(participantId)) {
    throw new DomainError('validation_failed', 'This participant is not part of the session.');
  }
  const attendance = session.attendance.filter((a) => a.participantId !== participantId);
  return { ...session, attendance: [...attendance, { participantId, status }] };
}
