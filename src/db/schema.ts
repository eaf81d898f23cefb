import { sql } from 'drizzle-orm';
import type { ChannelClosure } from '../core/talks/types.ts';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isOperator: boolean('is_operator').notNull().default(false),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('auth_sessions_token_key').on(t.tokenHash),
    index('auth_sessions_user_idx').on(t.userId),
  ],
);

export const actors = pgTable('actors', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  /** Set on member organisations of a coalition actor. */
  coalitionId: text('coalition_id'),
  createdAt: ts('created_at').notNull(),
});

export const actorFocalPoints = pgTable(
  'actor_focal_points',
  {
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.userId] })],
);

export const processes = pgTable('processes', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const processConveners = pgTable(
  'process_conveners',
  {
    processId: text('process_id')
      .notNull()
      .references(() => processes.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.processId, t.userId] })],
);

export const rounds = pgTable('rounds', {
  id: text('id').primaryKey(),
  processId: text('process_id')
    .notNull()
    .references(() => processes.id),
  title: text('title').notNull(),
  venue: text('venue').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  timeZone: text('time_zone').notNull(),
  mediatorTeam: jsonb('mediator_team')
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  sessionChannelsCloseAtEnd: boolean('session_channels_close_at_end').notNull().default(false),
  createdAt: ts('created_at').notNull(),
});

export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    capacity: text('capacity').notNull(),
    representationLevel: text('representation_level').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    reasonPublic: boolean('reason_public'),
    invitedBy: text('invited_by').references(() => users.id),
    respondedBy: text('responded_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    respondedAt: ts('responded_at'),
  },
  (t) => [index('invitations_round_idx').on(t.roundId)],
);

export const participants = pgTable(
  'participants',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    capacity: text('capacity').notNull(),
    representationLevel: text('representation_level').notNull(),
    invitationId: text('invitation_id').references(() => invitations.id),
    seatedAt: ts('seated_at').notNull(),
  },
  (t) => [uniqueIndex('participants_round_actor_key').on(t.roundId, t.actorId)],
);

export const members = pgTable(
  'members',
  {
    id: text('id').primaryKey(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    addedAt: ts('added_at').notNull(),
    removedAt: ts('removed_at'),
  },
  (t) => [
    index('members_user_idx').on(t.userId),
    index('members_participant_idx').on(t.participantId),
  ],
);

export const memberInvites = pgTable('member_invites', {
  tokenHash: text('token_hash').primaryKey(),
  participantId: text('participant_id')
    .notNull()
    .references(() => participants.id),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  createdBy: text('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
    title: text('title').notNull(),
    format: text('format').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    room: text('room').notNull(),
    participantIds: jsonb('participant_ids').$type<string[]>().notNull(),
    formatChanges: jsonb('format_changes')
      .$type<{ from: string; to: string; reason: string; at: string; by: string }[]>()
      .notNull(),
    attendance: jsonb('attendance').$type<{ participantId: string; status: string }[]>().notNull(),
  },
  (t) => [index('sessions_round_idx').on(t.roundId)],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
    title: text('title').notNull(),
    track: text('track').notNull(),
    proposedBy: text('proposed_by').references(() => participants.id),
    position: bigint('position', { mode: 'number' }).notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('agenda_round_idx').on(t.roundId)],
);

export const agendaStances = pgTable(
  'agenda_stances',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => agendaItems.id),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    stance: text('stance').notNull(),
    comment: text('comment').notNull(),
    updatedBy: text('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.participantId] })],
);

export const recordEvents = pgTable('record_events', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: text('at').notNull(),
  actorUserId: text('actor_user_id'),
  action: text('action').notNull(),
  subjectKind: text('subject_kind').notNull(),
  subjectId: text('subject_id').notNull(),
  roundId: text('round_id'),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  payloadDigest: text('payload_digest').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/** One row: the last sealed event. Locked FOR UPDATE to serialize appends, and lets the verifier see a cut tail. */
export const recordHead = pgTable('record_head', {
  id: text('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export const channels = pgTable(
  'channels',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
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
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    senderUserId: text('sender_user_id')
      .notNull()
      .references(() => users.id),
    senderParticipantId: text('sender_participant_id')
      .notNull()
      .references(() => participants.id),
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
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id),
    lastReadSeq: bigint('last_read_seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.channelId] })],
);

export const polls = pgTable(
  'polls',
  {
    id: text('id').primaryKey(),
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id),
    question: text('question').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    closesAt: ts('closes_at'),
    closeWhenAllVoted: boolean('close_when_all_voted').notNull(),
    secret: boolean('secret').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
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
    pollId: text('poll_id')
      .notNull()
      .references(() => polls.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
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
    channelId: text('channel_id')
      .notNull()
      .references(() => channels.id),
    /** Set once a message carries the file; an unsent upload stays private to its uploader. */
    messageId: text('message_id').references(() => messages.id),
    uploadedBy: text('uploaded_by')
      .notNull()
      .references(() => users.id),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
  },
  (t) => [index('attachments_message_idx').on(t.messageId)],
);

// ---- negotiating texts (issue 4) ----

/** A negotiating text in a round; its wording lives in its immutable revisions. */
export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    /** TextSettings: penholders, attribution, stance visibility. */
    settings: jsonb('settings')
      .$type<{ penholders: string; attribution: string; stanceVisibility: string }>()
      .notNull(),
    currentRevision: bigint('current_revision', { mode: 'number' }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('documents_round_idx').on(t.roundId)],
);

/** Rev.1, Rev.2, …: written once, never updated. */
export const documentRevisions = pgTable(
  'document_revisions',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    number: bigint('number', { mode: 'number' }).notNull(),
    label: text('label').notNull(),
    /** The NegotiatingText snapshot. */
    text: jsonb('text').$type<Record<string, unknown>>().notNull(),
    proposalIds: jsonb('proposal_ids').$type<string[]>().notNull(),
    cleanings: jsonb('cleanings').$type<{ bracketId: string; optionId: string }[]>().notNull(),
    /** Participant id of the penholder. */
    issuedBy: text('issued_by')
      .notNull()
      .references(() => participants.id),
    issuedAt: ts('issued_at').notNull(),
    /** SHA-256 of the canonical text (parley.text/1). */
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.number] })],
);

export const documentProposals = pgTable(
  'document_proposals',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    proposerId: text('proposer_id')
      .notNull()
      .references(() => participants.id),
    submittedBy: text('submitted_by')
      .notNull()
      .references(() => users.id),
    basedOnRevision: bigint('based_on_revision', { mode: 'number' }).notNull(),
    operation: jsonb('operation').$type<Record<string, unknown>>().notNull(),
    rationale: text('rationale').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    /** Set when a revision takes the proposal in; until then only proposer and penholders see it. */
    takenInRevision: bigint('taken_in_revision', { mode: 'number' }),
    /** `withdrawn` by its proposer or `declined` by a penholder: closed for good, never taken in. */
    closedAs: text('closed_as'),
    closedAt: ts('closed_at'),
    closedBy: text('closed_by').references(() => users.id),
    /** A penholder's reason for declining, seen only by those who may see the proposal. */
    declineReason: text('decline_reason'),
  },
  (t) => [index('document_proposals_document_idx').on(t.documentId)],
);

/** A party's latest stance per provision, with the revision it was given on. */
export const documentStances = pgTable(
  'document_stances',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    provisionId: text('provision_id').notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id),
    stance: text('stance').notNull(),
    comment: text('comment').notNull(),
    revision: bigint('revision', { mode: 'number' }).notNull(),
    updatedBy: text('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.provisionId, t.participantId] })],
);

/** One adoption per document: the revision, its hash, the signatories and their signatures. */
export const documentAdoptions = pgTable('document_adoptions', {
  documentId: text('document_id')
    .primaryKey()
    .references(() => documents.id),
  revision: bigint('revision', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  signatories: jsonb('signatories').$type<string[]>().notNull(),
  signatures: jsonb('signatures')
    .$type<{ participantId: string; hash: string; signedAt: string }[]>()
    .notNull(),
  openedBy: text('opened_by')
    .notNull()
    .references(() => participants.id),
  openedAt: ts('opened_at').notNull(),
  adoptedAt: ts('adopted_at'),
});

/**
 * Language versions of a document (issue 4, item 7) as an append-only log: a `wording` or `status`
 * entry holds the version's whole state after it, a `review` clears flags; revisions stay untouched.
 */
export const documentLanguageEntries = pgTable(
  'document_language_entries',
  {
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    /** Per document, from 1: the order of the log. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    language: text('language').notNull(),
    kind: text('kind').$type<'wording' | 'status' | 'review'>().notNull(),
    /** The document's current revision when written: places the entry among the revisions. */
    atRevision: bigint('at_revision', { mode: 'number' }).notNull(),
    /** Wording and status entries: the revision the wording is aligned with, and the version. */
    revision: bigint('revision', { mode: 'number' }),
    status: text('status'),
    title: text('title'),
    text: jsonb('text').$type<Record<string, unknown>>(),
    /** SHA-256 of the version's canonical text (parley.text/1). */
    hash: text('hash'),
    /** Review entries: the provisions found still right. */
    provisionIds: jsonb('provision_ids').$type<string[]>(),
    /** The "needs update" flags after this entry, so that a read replays only later revisions. */
    flags: jsonb('flags')
      .$type<{ language: string; provisionId: string; sourceLanguage: string }[]>()
      .notNull(),
    byParticipant: text('by_participant')
      .notNull()
      .references(() => participants.id),
    byUser: text('by_user')
      .notNull()
      .references(() => users.id),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.seq] })],
);
