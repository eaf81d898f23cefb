import { DomainError } from '../errors.ts';
import type { MessageType, RelayPermission } from '../vocabulary.ts';
import { audienceOf, isMediatorTeam } from './audience.ts';
import { channelClosure } from './channels.ts';
import type { Channel, Message, RoundShape } from './types.ts';

export interface PostInput {
  type: MessageType;
  body: string;
  relayPermission?: RelayPermission | undefined;
}

/** Refuses a write to a channel that takes no more messages, saying why. */
export function checkOpen(channel: Channel, round: RoundShape, now: Date): void {
  const closure = channelClosure(channel, round, now);
  if (!closure) return;
  throw new DomainError(
    'channel_closed',
    closure.reason === 'format_changed'
      ? `This channel is closed: the session became ${closure.to} talks on ${closure.at.slice(0, 10)}. It stays readable as an archive.`
      : `This channel is closed: its session ended on ${closure.at.slice(0, 10)}. It stays readable as an archive.`,
    { ...closure },
  );
}

/**
 * Who may write where: a seat in the audience of an open channel; observers read plenary business
 * but do not speak. On a line the party sets the relay permission (mediator_only unless it says
 * otherwise); the mediators' own words on a line carry none.
 */
export function decidePost(
  channel: Channel,
  round: RoundShape,
  senderParticipantId: string,
  input: PostInput,
  now: Date,
): { relayPermission: RelayPermission | null } {
  if (!audienceOf(channel, round).includes(senderParticipantId)) {
    throw new DomainError('forbidden', 'You are not in this channel’s audience.');
  }
  const sender = round.participants.find((p) => p.id === senderParticipantId);
  if (sender?.capacity === 'observer')
    throw new DomainError('forbidden', 'Observers follow the talks without speaking.');
  checkOpen(channel, round, now);
  const partyOnOwnLine =
    channel.kind === 'line' && channel.ownerParticipantId === senderParticipantId;
  if (!partyOnOwnLine && input.relayPermission !== undefined) {
    throw new DomainError(
      'validation_failed',
      'Only a party, on its own line, sets a relay permission.',
    );
  }
  return { relayPermission: partyOnOwnLine ? (input.relayPermission ?? 'mediator_only') : null };
}

export interface RelayInput {
  body: string;
  /** Name the source party to the recipient; allowed only under may_relay_attributed. */
  attribute: boolean;
}

/** What a relay may carry, given its source's permission (invariant 2). */
export function relayRules(permission: RelayPermission | null) {
  return {
    allowed: permission === 'may_relay' || permission === 'may_relay_attributed',
    verbatim: permission === 'may_relay' || permission === 'may_relay_attributed',
    attributed: permission === 'may_relay_attributed',
  };
}

/**
 * A mediator relays to another party's line a message it can see on a party's line, within what the
 * source allowed: nothing from a mediator_only message, and the source party named only under
 * may_relay_attributed.
 */
export function decideRelay(
  target: Channel,
  source: { message: Message; channel: Channel },
  round: RoundShape,
  mediatorParticipantId: string,
  input: RelayInput,
): { attributedTo: string | null } {
  if (!isMediatorTeam(round, mediatorParticipantId))
    throw new DomainError('forbidden', 'Only the mediator team relays.');
  if (target.kind !== 'line')
    throw new DomainError('validation_failed', 'Relays go to a party’s line.');
  const { message, channel } = source;
  if (channel.kind !== 'line' || !audienceOf(channel, round).includes(mediatorParticipantId)) {
    throw new DomainError('not_found', 'Source message not found.');
  }
  if (message.senderParticipantId !== channel.ownerParticipantId) {
    throw new DomainError('validation_failed', 'Only a party’s own words can be relayed.');
  }
  if (channel.ownerParticipantId === target.ownerParticipantId) {
    throw new DomainError('validation_failed', 'A relay goes to another party’s line.');
  }
  const rules = relayRules(message.relayPermission);
  if (!rules.allowed) {
    throw new DomainError('forbidden', 'The sender kept this message for the mediators only.', {
      relayPermission: message.relayPermission,
    });
  }
  if (input.attribute && !rules.attributed) {
    throw new DomainError('forbidden', 'The sender allowed relaying without attribution only.', {
      relayPermission: message.relayPermission,
    });
  }
  return { attributedTo: input.attribute ? channel.ownerParticipantId : null };
}

/** How much each permission lets the mediators pass on; a sender may only move down this scale. */
export const PERMISSION_BREADTH: Record<RelayPermission, number> = {
  mediator_only: 0,
  may_relay: 1,
  may_relay_attributed: 2,
};

/**
 * A party narrows what the mediators may pass on of one of its messages on its line: the sender, or
 * the delegation's head. Never wider (that is a new message, a deliberate act), and not once a
 * mediator has relayed it. Answers the new permission, or null when nothing changes.
 */
export function decideNarrowing(
  message: Message,
  channel: Channel,
  narrower: { userId: string; headOf: readonly string[] },
  to: RelayPermission,
): RelayPermission | null {
  const current = message.relayPermission;
  if (
    channel.kind !== 'line' ||
    message.senderParticipantId !== channel.ownerParticipantId ||
    !current
  ) {
    throw new DomainError(
      'validation_failed',
      'Only a party’s own words on its line carry a relay permission.',
    );
  }
  if (
    message.senderUserId !== narrower.userId &&
    !narrower.headOf.includes(channel.ownerParticipantId)
  ) {
    throw new DomainError('forbidden', 'Only the sender or the delegation’s head narrows this.');
  }
  if (message.relayedAt !== null) {
    throw new DomainError(
      'invalid_transition',
      'The mediators have relayed this message; its permission can no longer be narrowed.',
      { relayedAt: message.relayedAt.toISOString() },
    );
  }
  if (PERMISSION_BREADTH[to] > PERMISSION_BREADTH[current]) {
    throw new DomainError(
      'invalid_transition',
      'A permission can only be narrowed; to let the mediators pass on more, send a new message.',
      { relayPermission: current },
    );
  }
  return to === current ? null : to;
}
