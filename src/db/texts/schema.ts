import { bigint, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { ref, ts } from '../columns.ts';
import { users } from '../platform/index.ts';
import { rounds, participants } from '../convening/index.ts';

/** A negotiating text in a round; its wording lives in its immutable revisions. */
export const texts = pgTable(
  'texts',
  {
    id: text('id').primaryKey(),
    roundId: ref('round_id', () => rounds.id),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    language: text('language').notNull(),
    /** TextSettings: penholders, attribution, stance visibility. */
    settings: jsonb('settings')
      .$type<{ penholders: string; attribution: string; stanceVisibility: string }>()
      .notNull(),
    currentRevision: bigint('current_revision', { mode: 'number' }).notNull(),
    createdBy: ref('created_by', () => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('texts_round_idx').on(t.roundId)],
);

/** Rev.1, Rev.2, …: written once, never updated. */
export const textRevisions = pgTable(
  'text_revisions',
  {
    textId: ref('text_id', () => texts.id),
    number: bigint('number', { mode: 'number' }).notNull(),
    label: text('label').notNull(),
    /** The NegotiatingText snapshot. */
    text: jsonb('text').$type<Record<string, unknown>>().notNull(),
    proposalIds: jsonb('proposal_ids').$type<string[]>().notNull(),
    cleanings: jsonb('cleanings').$type<{ bracketId: string; optionId: string }[]>().notNull(),
    /** Participant id of the penholder. */
    issuedBy: ref('issued_by', () => participants.id),
    issuedAt: ts('issued_at').notNull(),
    /** SHA-256 of the canonical text (parley.text/1). */
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.textId, t.number] })],
);

export const textProposals = pgTable(
  'text_proposals',
  {
    id: text('id').primaryKey(),
    textId: ref('text_id', () => texts.id),
    proposerId: ref('proposer_id', () => participants.id),
    submittedBy: ref('submitted_by', () => users.id),
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
  (t) => [index('text_proposals_text_idx').on(t.textId)],
);

/** A party's latest stance per provision, with the revision it was given on. */
export const textStances = pgTable(
  'text_stances',
  {
    textId: ref('text_id', () => texts.id),
    provisionId: text('provision_id').notNull(),
    participantId: ref('participant_id', () => participants.id),
    stance: text('stance').notNull(),
    comment: text('comment').notNull(),
    revision: bigint('revision', { mode: 'number' }).notNull(),
    updatedBy: text('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.textId, t.provisionId, t.participantId] })],
);

/** One adoption per text: the revision, its hash, the signatories and their signatures. */
export const textAdoptions = pgTable('text_adoptions', {
  textId: text('text_id')
    .primaryKey()
    .references(() => texts.id),
  revision: bigint('revision', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  signatories: jsonb('signatories').$type<string[]>().notNull(),
  signatures: jsonb('signatures')
    .$type<{ participantId: string; hash: string; signedAt: string }[]>()
    .notNull(),
  openedBy: ref('opened_by', () => participants.id),
  openedAt: ts('opened_at').notNull(),
  adoptedAt: ts('adopted_at'),
});

/**
 * Language versions of a text (issue 4, item 7) as an append-only log: a `wording` or `status`
 * entry holds the version's whole state after it, a `review` clears flags; revisions stay untouched.
 */
export const textLanguageEntries = pgTable(
  'text_language_entries',
  {
    textId: ref('text_id', () => texts.id),
    /** Per text, from 1: the order of the log. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    language: text('language').notNull(),
    kind: text('kind').$type<'wording' | 'status' | 'review'>().notNull(),
    /** The text's current revision when written: places the entry among the revisions. */
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
    byParticipant: ref('by_participant', () => participants.id),
    byUser: ref('by_user', () => users.id),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.textId, t.seq] })],
);
