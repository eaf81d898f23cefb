import type { ChannelClosure } from '../../core/talks/types.ts';
import {
  bigint,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea, ref, ts } from '../columns.ts';
import { users } from '../platform/index.ts';
import { rounds, participants, sessions } from '../convening/index.ts';

export const channels = pgTable(
  'channels',
  {
    id: text('id').primaryKey(),
    roundId: ref('round_id', () => rounds.id),
    kind: text('kind').notNull(),
    ownerParticipantId: text('owner_participant_id').references(() => participants.id),
    sessionId: text('session_id').references(() => sessions.id),
    listedParticipantIds: jsonb('listed_participant_ids').$type<string[]>().notNull(),
    /** Per-channel sequence; bumped under the row lock, so sends to one channel serialize. */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
    openedAt: ts('opened_at').notNull(),
    /** Why the channel closed when its session's format changed; null while open. */
    closure: jsonb('closure').$type<ChannelClosure>(),
  },
  (t) => [index('channels_round_idx').on(t.roundId)],
);

export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    channelId: ref('channel_id', () => channels.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    senderUserId: ref('sender_user_id', () => users.id),
    senderParticipantId: ref('sender_participant_id', () => participants.id),
    type: text('type').notNull(),
    body: text('body').notNull(),
    replyToId: text('reply_to_id'),
    correctionOfId: text('correction_of_id'),
    relayPermission: text('relay_permission'),
    relaySourceId: text('relay_source_id'),
    relayAttributedTo: text('relay_attributed_to'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: ts('created_at').notNull(),
    /** When a mediator first relayed this party message; from then on its permission is fixed. */
    relayedAt: ts('relayed_at'),
  },
  (t) => [
    uniqueIndex('messages_channel_seq_key').on(t.channelId, t.seq),
    uniqueIndex('messages_idempotency_key').on(t.senderUserId, t.idempotencyKey),
  ],
);

export const readMarkers = pgTable(
  'read_markers',
  {
    userId: ref('user_id', () => users.id),
    channelId: ref('channel_id', () => channels.id),
    lastReadSeq: bigint('last_read_seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.channelId] })],
);

export const polls = pgTable(
  'polls',
  {
    id: text('id').primaryKey(),
    channelId: ref('channel_id', () => channels.id),
    question: text('question').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    closesAt: ts('closes_at'),
    closeWhenAllVoted: boolean('close_when_all_voted').notNull(),
    secret: boolean('secret').notNull(),
    createdBy: ref('created_by', () => users.id),
    createdAt: ts('created_at').notNull(),
    closedAt: ts('closed_at'),
    /** Votes per option, fixed when the poll closes. */
    outcome: jsonb('outcome').$type<number[]>(),
  },
  (t) => [index('polls_channel_idx').on(t.channelId)],
);

export const pollVotes = pgTable(
  'poll_votes',
  {
    pollId: ref('poll_id', () => polls.id),
    userId: ref('user_id', () => users.id),
    option: bigint('option', { mode: 'number' }).notNull(),
    votedAt: ts('voted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.userId] })],
);

/** Files attached to messages; stored in the database so that a backup holds everything. */
export const attachments = pgTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    channelId: ref('channel_id', () => channels.id),
    /** Set once a message carries the file; an unsent upload stays private to its uploader. */
    messageId: text('message_id').references(() => messages.id),
    uploadedBy: ref('uploaded_by', () => users.id),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
  },
  (t) => [index('attachments_message_idx').on(t.messageId)],
);
