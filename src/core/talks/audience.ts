import type { Channel, RoundShape } from './types.ts';

/** The participants whose delegations may read a channel (invariant 1). */
export function audienceOf(channel: Channel, round: RoundShape): string[] {
  const seated = new Set(round.participants.map((p) => p.id));
  const team = round.mediatorTeam.filter((id) => seated.has(id));
  const owner =
    channel.ownerParticipantId && seated.has(channel.ownerParticipantId)
      ? [channel.ownerParticipantId]
      : [];
  switch (channel.kind) {
    case 'caucus':
      return owner;
    case 'line':
      return [...new Set([...owner, ...team])];
    case 'mediators':
      return team;
    case 'plenary':
      return [...seated];
    case 'consultation':
    case 'bilateral':
      return channel.listedParticipantIds.filter((id) => seated.has(id));
  }
}

export const isMediatorTeam = (round: RoundShape, participantId: string) =>
  round.mediatorTeam.includes(participantId);
