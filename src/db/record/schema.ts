import { bigint, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

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
