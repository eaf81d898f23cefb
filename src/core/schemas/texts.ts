import { z } from 'zod';
import type { Operation } from '../texts/operations.ts';
import type { ProvisionInput } from '../texts/structure.ts';
import {
  ATTRIBUTIONS,
  PENHOLDERS,
  PROVISION_PARTS,
  STANCE_VISIBILITIES,
  TEXT_KINDS,
  TEXT_STANCES,
} from '../texts/vocabulary.ts';
import { Id, Text } from './common.ts';

// Commands of the negotiating-texts use cases (issue 4). Every object is strict.

/** Wording: plain text; brackets are made with bracket operations, never typed in. */
export const Wording = Text(5000).refine((s) => !/[[\]]/u.test(s), {
  message: 'square brackets are made with bracket operations, not typed',
});
const WordIndex = z.number().int().min(0).max(100_000);
/** BCP 47 language tag, e.g. en, ar, ru, zh-Hans. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, 'not a language tag');

export const OptionInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('wording'), text: Wording }),
  z.strictObject({ kind: z.literal('delete') }),
]);
export const SegmentInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('agreed'), text: Wording }),
  z.strictObject({
    type: z.literal('bracket'),
    options: z.array(OptionInputSchema).min(1).max(20),
  }),
]);

const MAX_DEPTH = 4;
const provisionAt = (depth: number): z.ZodType<ProvisionInput> =>
  z.strictObject({
    part: z.enum(PROVISION_PARTS),
    heading: z.boolean().default(false),
    content: z.array(SegmentInputSchema).min(1).max(500),
    children: z
      .array(depth < MAX_DEPTH ? provisionAt(depth + 1) : z.never())
      .max(200)
      .default([]),
  }) as z.ZodType<ProvisionInput>;
/** A provision with its sub-paragraphs, up to four levels deep. */
export const ProvisionInputSchema = provisionAt(1);

export const TextSettingsSchema = z.strictObject({
  penholders: z.enum(PENHOLDERS),
  attribution: z.enum(ATTRIBUTIONS),
  stanceVisibility: z.enum(STANCE_VISIBILITIES),
});

export const CreateTextCommand = z.strictObject({
  title: Text(300),
  kind: z.enum(TEXT_KINDS),
  language: LanguageTag,
  settings: TextSettingsSchema,
  provisions: z.array(ProvisionInputSchema).min(1).max(1000),
});
export type CreateTextCommand = z.infer<typeof CreateTextCommand>;

export const WordingLocationSchema = z.discriminatedUnion('in', [
  z.strictObject({ in: z.literal('agreed'), provisionId: Id, segment: WordIndex }),
  z.strictObject({ in: z.literal('option'), bracketId: Id, optionId: Id }),
]);

const span = { start: WordIndex, end: WordIndex };
export const OperationSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('replace_wording'),
    at: WordingLocationSchema,
    ...span,
    text: Wording,
  }),
  z.strictObject({
    op: z.literal('insert_wording'),
    at: WordingLocationSchema,
    position: WordIndex,
    text: Wording,
  }),
  z.strictObject({ op: z.literal('delete_wording'), at: WordingLocationSchema, ...span }),
  z.strictObject({
    op: z.literal('add_bracket'),
    at: WordingLocationSchema,
    ...span,
    alternative: OptionInputSchema.optional(),
  }),
  z.strictObject({ op: z.literal('add_option'), bracketId: Id, option: OptionInputSchema }),
  z.strictObject({ op: z.literal('remove_option'), bracketId: Id, optionId: Id }),
  z.strictObject({ op: z.literal('resolve_bracket'), bracketId: Id, optionId: Id }),
  z.strictObject({
    op: z.literal('add_provision'),
    parentId: Id.nullable(),
    position: z.number().int().min(0).max(10_000).optional(),
    provision: ProvisionInputSchema,
  }),
  z.strictObject({ op: z.literal('remove_provision'), provisionId: Id }),
]);

export const ProposeCommand = z.strictObject({
  basedOnRevision: z.number().int().min(1),
  operation: OperationSchema,
  rationale: z.string().trim().max(5000).default(''),
});
export type ProposeCommand = z.infer<typeof ProposeCommand>;

export const IssueRevisionCommand = z.strictObject({
  basedOnRevision: z.number().int().min(1),
  label: Text(200),
  proposalIds: z.array(Id).max(500).default([]),
  cleanings: z
    .array(z.strictObject({ bracketId: Id, optionId: Id }))
    .max(2000)
    .default([]),
});
export type IssueRevisionCommand = z.infer<typeof IssueRevisionCommand>;

export const SetTextStanceCommand = z.strictObject({
  provisionId: Id,
  participantId: Id,
  stance: z.enum(TEXT_STANCES),
  comment: z.string().trim().max(2000).default(''),
});
export type SetTextStanceCommand = z.infer<typeof SetTextStanceCommand>;

export const SignTextCommand = z.strictObject({
  participantId: Id,
  /** The canonical text's SHA-256, lowercase hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/u, 'not a SHA-256 in lowercase hex'),
});
export type SignTextCommand = z.infer<typeof SignTextCommand>;

// The parsed commands are exactly what the core accepts.
const _operation = (o: z.infer<typeof OperationSchema>): Operation => o;
const _provision = (p: z.infer<typeof ProvisionInputSchema>): ProvisionInput => p;
void _operation;
void _provision;
