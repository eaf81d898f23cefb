import type { ChannelKind, MessageType, RelayPermission, SessionFormat } from '../vocabulary.ts';

/**
 * A channel's audience is fixed when it is opened: a session channel keeps the kind and listed
 * participants it was opened with, so a later format change can never widen who reads past words.
 */
export interface Channel {
  id: string;
  roundId: string;
  kind: ChannelKind;
  /** The delegation of a caucus, the party of a line. */
  ownerParticipantId: string | null;
  sessionId: string | null;
  /** Consultation and bilateral audiences. */
  listedParticipantIds: string[];
  lastSeq: number;
  /** Set when the session's format moved away from this channel's (stored; see `channelClosure`). */
  closure: ChannelClosure | null;
}

/**
 * Why a channel takes no more messages. It stays readable, as an archive, to the audience it had:
 * closing never widens or narrows who reads past words (invariant 7).
 */
export type ChannelClosure =
  | { reason: 'format_changed'; to: SessionFormat; at: string }
  | { reason: 'session_ended'; at: string };

export interface Message {
  id: string;
  channelId: string;
  seq: number;
  senderUserId: string;
  senderParticipantId: string;
  type: MessageType;
  body: string;
  replyToId: string | null;
  correctionOfId: string | null;
  /** Set by a party on its line; null elsewhere. */
  relayPermission: RelayPermission | null;
  /** A relay's source: known to the mediator team only. */
  relaySourceId: string | null;
  /** The source party a relay names, only under may_relay_attributed and only if the mediator chose to. */
  relayAttributedTo: string | null;
  idempotencyKey: string;
  createdAt: Date;
  /** When a mediator first relayed this party message; from then on its permission is fixed. */
  relayedAt: Date | null;
}

/** Who is in the round now, as far as audiences go. */
export interface RoundShape {
  roundId: string;
  mediatorTeam: readonly string[];
  participants: readonly { id: string; capacity: string; name: string }[];
  /**
   * When the round's settings close a session's channels at its end: each session's end (ISO).
   * Empty when they stay open.
   */
  sessionEnds: Readonly<Record<string, string>>;
}
