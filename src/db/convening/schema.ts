import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ref, ts } from '../columns.ts';
import { users, actors, processes } from '../platform/index.ts';

export const rounds = pgTable('rounds', {
  id: text('id').primaryKey(),
  processId: ref('process_id', () => processes.id),
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
    roundId: ref('round_id', () => rounds.id),
    actorId: ref('actor_id', () => actors.id),
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
    roundId: ref('round_id', () => rounds.id),
    actorId: ref('actor_id', () => actors.id),
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
    participantId: ref('participant_id', () => participants.id),
    userId: ref('user_id', () => users.id),
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
  participantId: ref('participant_id', () => participants.id),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  createdBy: ref('created_by', () => users.id),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    roundId: ref('round_id', () => rounds.id),
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
    roundId: ref('round_id', () => rounds.id),
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
    itemId: ref('item_id', () => agendaItems.id),
    participantId: ref('participant_id', () => participants.id),
    stance: text('stance').notNull(),
    comment: text('comment').notNull(),
    updatedBy: text('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.participantId] })],
);
