import { DomainError } from '../errors.ts';
import type { Principal } from '../policy/index.ts';
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

/** The channel as a policy resource: its audience now, and the round's mediator team. */
export function channelResource(channel: Channel, shape: RoundShape) {
  return {
    kind: 'channel' as const,
    audienceParticipantIds: audienceOf(channel, shape),
    mediatorTeamIds: shape.mediatorTeam,
  };
}

/** The viewer's seat that speaks in this channel: on a line, the party's own seat first. */
export function speakingSeat(channel: Channel, shape: RoundShape, principal: Principal): string {
  const audience = audienceOf(channel, shape);
  const seats = principal.seats.map((s) => s.participantId).filter((id) => audience.includes(id));
  const own = seats.find((id) => id === channel.ownerParticipantId);
  const seat = own ?? seats[0];
  if (!seat) throw new DomainError('forbidden', 'You are not in this channel’s audience.');
  return seat;
}
