import type { MessageType, RelayPermission } from '../vocabulary.ts';
import { audienceOf, isMediatorTeam } from './audience.ts';
import type { Channel, Message, RoundShape } from './types.ts';

export interface Viewer {
  /** The viewer's seats in the round. */
  participantIds: readonly string[];
}

export interface MessageView {
  id: string;
  channelId: string;
  seq: number;
  type: MessageType;
  body: string;
  createdAt: string;
  replyToId: string | null;
  correctionOfId: string | null;
  /** Who spoke: a participant, or "the mediators" when a party reads its line. */
  from: { kind: 'participant'; participantId: string; userId: string } | { kind: 'mediators' };
  relayPermission: RelayPermission | null;
  relayed: boolean;
  /** Present on relays. The source id is for the mediator team only; the recipient learns at most the source party, and only when attributed. */
  relay: { sourceMessageId: string | null; attributedTo: string | null } | null;
  attachments: AttachmentView[];
}

export interface AttachmentView {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * One message as one viewer may see it (invariant 2): on a line, a party sees the mediators'
 * words as "from the mediators", never who among them wrote, and never a relay's source.
 */
export function presentMessage(
  message: Message,
  channel: Channel,
  round: RoundShape,
  viewer: Viewer,
  attachments: readonly AttachmentView[] = [],
): MessageView {
  const mediatorViewer = viewer.participantIds.some(
    (id) => isMediatorTeam(round, id) && audienceOf(channel, round).includes(id),
  );
  const hideMediatorIdentity =
    channel.kind === 'line' &&
    !mediatorViewer &&
    message.senderParticipantId !== channel.ownerParticipantId;
  const isRelay = message.relaySourceId !== null;
  return {
    id: message.id,
    channelId: message.channelId,
    seq: message.seq,
    type: message.type,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    replyToId: message.replyToId,
    correctionOfId: message.correctionOfId,
    from: hideMediatorIdentity
      ? { kind: 'mediators' }
      : {
          kind: 'participant',
          participantId: message.senderParticipantId,
          userId: message.senderUserId,
        },
    relayPermission: channel.kind === 'line' ? message.relayPermission : null,
    relayed: channel.kind === 'line' && message.relayedAt !== null,
    relay: isRelay
      ? {
          sourceMessageId: mediatorViewer ? message.relaySourceId : null,
          attributedTo: message.relayAttributedTo,
        }
      : null,
    attachments: [...attachments],
  };
}

/** Enough of a message to recognise it in a channel list; the whole of it is one click away. */
const EXCERPT_CHARS = 140;
export const listExcerpt = (body: string) =>
  body.length <= EXCERPT_CHARS ? body : `${body.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
