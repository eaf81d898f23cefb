import type { Action } from '../../core/policy/table.ts';
import type { ParticipantView, RoundView, SessionView } from '../shared/api/types.ts';

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

/** Parties whose stance the viewer may set, as the server's policy decided for this round. */
export const maySetStance = (round: RoundView, party: ParticipantView): boolean =>
  round.viewer.speaksFor.includes(party.id);

export const needsListedParticipants = (format: string): boolean =>
  format === 'consultation' || format === 'bilateral';
