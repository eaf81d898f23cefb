import type { Action } from '../../core/policy/table.ts';
import type { MemberRole } from '../../core/vocabulary.ts';
import type { ParticipantView, RoundView, SessionView } from '../api/types.ts';

/** Whether the server listed this action for the viewer. Controls follow it; the server still decides. */
export const may = (round: RoundView, action: Action): boolean =>
  round.viewer.actions.includes(action);

export function participantName(round: RoundView, participantId: string): string {
  return round.participants.find((p) => p.id === participantId)?.actor.name ?? participantId;
}

export const parties = (round: RoundView): ParticipantView[] =>
  round.participants.filter((p) => p.capacity === 'party');

export const sessionsByStart = (round: RoundView): SessionView[] =>
  [...round.sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));

/** Listed participants, or everyone seated for formats that take the whole round. */
export function attendeesOf(round: RoundView, session: SessionView): ParticipantView[] {
  if (session.participantIds.length === 0) return round.participants;
  return round.participants.filter((p) => session.participantIds.includes(p.id));
}

const STANCE_ROLES: readonly MemberRole[] = ['head', 'deputy', 'spokesperson'];

/**
 * A party's stance is set by its head, deputy or spokesperson. The round view lists actions without
 * their resource, so the viewer's own role in that party's roster (visible to its members) settles it.
 */
export function maySetStance(
  round: RoundView,
  userId: string | undefined,
  party: ParticipantView,
): boolean {
  if (userId === undefined || !round.viewer.participantIds.includes(party.id)) return false;
  if (may(round, 'agenda.setStance')) return true;
  const role = party.delegation?.find((m) => m.userId === userId)?.role;
  return role !== undefined && STANCE_ROLES.includes(role);
}

export const needsListedParticipants = (format: string): boolean =>
  format === 'consultation' || format === 'bilateral';
