import { z } from 'zod';
import { CHANNEL_KINDS, MESSAGE_TYPES, RELAY_PERMISSIONS, SESSION_FORMATS } from '../vocabulary.ts';
import { Id, IsoDateTime } from '../schemas/common.ts';

/** A client-chosen key per send: a retry with the same key never makes a second message. */
const IdempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
const Body = z.string().trim().min(1).max(20_000);

export const PostMessageCommand = z.strictObject({
  idempotencyKey: IdempotencyKey,
  type: z.enum(MESSAGE_TYPES),
  body: Body,
  replyToId: Id.optional(),
  correctionOfId: Id.optional(),
  relayPermission: z.enum(RELAY_PERMISSIONS).optional(),
  attachmentIds: z.array(Id).max(5).default([]),
});

export const RelayCommand = z.strictObject({
  idempotencyKey: IdempotencyKey,
  sourceMessageId: Id,
  type: z.enum(MESSAGE_TYPES).default('information'),
  body: Body,
  attribute: z.boolean().default(false),
});

export const MessagesQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const MarkReadCommand = z.strictObject({ seq: z.number().int().min(0) });

export const AttachmentView = z.object({
  id: Id,
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

export const AttachmentQuery = z.strictObject({ filename: z.string().trim().min(1).max(200) });

export const MessageView = z.object({
  id: Id,
  channelId: Id,
  seq: z.number().int(),
  type: z.enum(MESSAGE_TYPES),
  body: z.string(),
  createdAt: IsoDateTime,
  replyToId: Id.nullable(),
  correctionOfId: Id.nullable(),
  from: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('participant'), participantId: Id, userId: Id }),
    z.object({ kind: z.literal('mediators') }),
  ]),
  relayPermission: z.enum(RELAY_PERMISSIONS).nullable(),
  /** A party's message on its line that the mediators have relayed: its permission can no longer be narrowed. */
  relayed: z.boolean(),
  relay: z.object({ sourceMessageId: Id.nullable(), attributedTo: Id.nullable() }).nullable(),
  attachments: z.array(AttachmentView),
});
export type MessageView = z.infer<typeof MessageView>;

/** The sender narrows what the mediators may pass on, until they have relayed it. */
export const NarrowRelayPermissionCommand = z.strictObject({
  relayPermission: z.enum(RELAY_PERMISSIONS),
});

export const MessageList = z.object({ messages: z.array(MessageView), lastSeq: z.number().int() });

/** Why a channel takes no more messages; it stays readable to the audience it had. */
const ChannelClosureView = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('format_changed'), to: z.enum(SESSION_FORMATS), at: IsoDateTime }),
  z.object({ reason: z.literal('session_ended'), at: IsoDateTime }),
]);

/** The latest message of a channel as the viewer may see it, cut short for the channel list. */
const LastMessageView = MessageView.pick({
  seq: true,
  type: true,
  createdAt: true,
  from: true,
}).extend({ excerpt: z.string() });

export const ChannelView = z.object({
  id: Id,
  kind: z.enum(CHANNEL_KINDS),
  ownerParticipantId: Id.nullable(),
  sessionId: Id.nullable(),
  listedParticipantIds: z.array(Id),
  /** The participants whose delegations read the channel now, so a screen can say who reads it. */
  audienceParticipantIds: z.array(Id),
  lastMessage: LastMessageView.nullable(),
  lastSeq: z.number().int(),
  unread: z.number().int(),
  /** Null while the channel is open. */
  closure: ChannelClosureView.nullable(),
  canPost: z.boolean(),
  canRelay: z.boolean(),
});
export type ChannelView = z.infer<typeof ChannelView>;
export const ChannelList = z.object({ channels: z.array(ChannelView) });

export const CreatePollCommand = z
  .strictObject({
    question: z.string().trim().min(1).max(500),
    options: z.array(z.string().trim().min(1).max(200)).min(2).max(10),
    closesAt: IsoDateTime.optional(),
    closeWhenAllVoted: z.boolean().default(true),
    secret: z.boolean().default(false),
  })
  .refine((p) => p.closesAt !== undefined || p.closeWhenAllVoted, {
    message: 'a poll needs a closing time or to close when all have voted',
    path: ['closesAt'],
  });

export const VoteCommand = z.strictObject({ option: z.number().int().min(0).max(9) });

export const PollView = z.object({
  id: Id,
  channelId: Id,
  question: z.string(),
  options: z.array(z.string()),
  closesAt: IsoDateTime.nullable(),
  closeWhenAllVoted: z.boolean(),
  secret: z.boolean(),
  createdBy: Id,
  status: z.enum(['open', 'closed']),
  closedAt: IsoDateTime.nullable(),
  electorate: z.number().int(),
  voted: z.number().int(),
  myVote: z.number().int().nullable(),
  /** Votes per option, once closed. */
  outcome: z.array(z.number().int()).nullable(),
  /** Who voted what, once closed, for open ballots only. */
  ballots: z.array(z.object({ userId: Id, option: z.number().int() })).nullable(),
});
export type PollView = z.infer<typeof PollView>;
export const PollList = z.object({ polls: z.array(PollView) });
