import { boolean, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ref, ts } from '../columns.ts';

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isOperator: boolean('is_operator').notNull().default(false),
    createdAt: ts('created_at').notNull(),
    /** Set while the operator has the account disabled: it signs in nowhere. */
    disabledAt: ts('disabled_at'),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

export const signIns = pgTable(
  'sign_ins',
  {
    id: text('id').primaryKey(),
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: ref('user_id', () => users.id),
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('sign_ins_token_key').on(t.tokenHash),
    index('sign_ins_user_idx').on(t.userId),
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
    actorId: ref('actor_id', () => actors.id),
    userId: ref('user_id', () => users.id),
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
    processId: ref('process_id', () => processes.id),
    userId: ref('user_id', () => users.id),
    actorId: ref('actor_id', () => actors.id),
  },
  (t) => [primaryKey({ columns: [t.processId, t.userId] })],
);

/**
 * One-time links that create the first operator account of a deployment: printed on the server's
 * console (or by `parley create-operator`), stored only as the token's hash.
 */
export const setupLinks = pgTable('setup_links', {
  tokenHash: text('token_hash').primaryKey(),
  /** The operator's email when the link was made for one (`create-operator --email`). */
  email: text('email'),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});
