import { z } from 'zod';
import type { TranslatedProvisionInput } from './translations.ts';
import { PROVISION_PARTS, VERSION_STATUSES } from './vocabulary.ts';
import { Id, IsoDateTime, Text } from '../schemas/common.ts';
import { LanguageTag, SegmentInputSchema, SegmentView } from './schemas.ts';

// Language versions of a negotiating text (issue 4, item 7). Every command object is strict.

const MAX_DEPTH = 4;
const translatedAt = (depth: number): z.ZodType<TranslatedProvisionInput> =>
  z.strictObject({
    id: Id,
    content: z.array(SegmentInputSchema).min(1).max(500),
    children: z
      .array(depth < MAX_DEPTH ? translatedAt(depth + 1) : z.never())
      .max(200)
      .default([]),
  }) as z.ZodType<TranslatedProvisionInput>;

export const LanguageParams = z.strictObject({ id: Id, language: LanguageTag });

/**
 * The whole wording of one language version for the current revision: every provision under its
 * id, sub-paragraphs under their paragraph, brackets where the revision has them.
 */
export const SetLanguageVersionCommand = z.strictObject({
  basedOnRevision: z.number().int().min(1),
  status: z.enum(VERSION_STATUSES),
  title: Text(300),
  provisions: z.array(translatedAt(1)).min(1).max(1000),
});
export type SetLanguageVersionCommand = z.infer<typeof SetLanguageVersionCommand>;

export const SetVersionStatusCommand = z.strictObject({ status: z.enum(VERSION_STATUSES) });
export type SetVersionStatusCommand = z.infer<typeof SetVersionStatusCommand>;

/** Flagged provisions whose wording a penholder checked and found still right. */
export const ReviewTranslationCommand = z.strictObject({
  provisionIds: z.array(Id).min(1).max(1000),
});
export type ReviewTranslationCommand = z.infer<typeof ReviewTranslationCommand>;

export const LanguagesQuery = z.strictObject({
  /** A past revision; default the current one. */
  revision: z.coerce.number().int().min(1).optional(),
});

// ---- views ----
const VersionProvisionView = z.object({
  id: Id,
  parentId: Id.nullable(),
  depth: z.number().int(),
  number: z.string().nullable(),
  part: z.enum(PROVISION_PARTS),
  heading: z.boolean(),
  /** The wording in the customary style; null when the version has none for this provision yet. */
  text: z.string().nullable(),
  content: z.array(SegmentView).nullable(),
  /** The counterpart changed in another language since this wording was written. */
  needsUpdate: z.boolean(),
  /** The language whose change flagged it. */
  changedIn: z.string().nullable(),
});

export const LanguageVersionView = z.object({
  language: z.string(),
  status: z.enum(VERSION_STATUSES),
  /** The text's own language: its wording is the revision itself. */
  original: z.boolean(),
  title: z.string(),
  /** The revision the wording is aligned with (older than the one shown until it is brought up to date). */
  alignedRevision: z.number().int(),
  /** SHA-256 of the version's canonical text (as for a revision, in this language). */
  hash: z.string(),
  updatedAt: IsoDateTime,
  /** Participant id of the penholder who wrote it last. */
  updatedBy: Id,
  /** Provisions of the revision shown that need updating in this language. */
  needsUpdate: z.number().int(),
  provisions: z.array(VersionProvisionView),
});
export type LanguageVersionView = z.infer<typeof LanguageVersionView>;

export const LanguageVersionsView = z.object({
  textId: Id,
  /** The revision shown, and the current one. */
  revision: z.number().int(),
  currentRevision: z.number().int(),
  /** The text's own language first, then the others in the order they were added. */
  versions: z.array(LanguageVersionView),
  viewer: z.object({
    /** May add and update versions now (a penholder, on the current revision, before adoption). */
    mayEdit: z.boolean(),
  }),
});
export type LanguageVersionsView = z.infer<typeof LanguageVersionsView>;
