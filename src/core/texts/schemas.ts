import { z } from 'zod';
import type { Edit } from './edits.ts';
import type { Operation } from './operations.ts';
import type { ProvisionInput } from './structure.ts';
import {
  ATTRIBUTIONS,
  PENHOLDERS,
  PROPOSAL_STATUSES,
  PROVISION_PARTS,
  PROVISION_STATES,
  STANCE_VISIBILITIES,
  TEXT_KINDS,
  TEXT_STANCES,
} from './vocabulary.ts';
import { Id, IsoDateTime, Text } from '../schemas/common.ts';

// Commands of the negotiating-texts use cases (issue 4). Every object is strict.

/** Wording: plain text; brackets are made with bracket operations, never typed in. */
const Wording = Text(5000).refine((s) => !/[[\]]/u.test(s), {
  message: 'square brackets are made with bracket operations, not typed',
});
const WordIndex = z.number().int().min(0).max(100_000);
/** BCP 47 language tag, e.g. en, ar, ru, zh-Hans. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, 'not a language tag');

const OptionInputSchema = z.discriminatedUnion('kind', [
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
const ProvisionInputSchema = provisionAt(1);

const TextSettingsSchema = z.strictObject({
  penholders: z.enum(PENHOLDERS),
  attribution: z.enum(ATTRIBUTIONS),
  stanceVisibility: z.enum(STANCE_VISIBILITIES),
});

export const TextContentCommand = z.strictObject({
  title: Text(300),
  kind: z.enum(TEXT_KINDS),
  language: LanguageTag,
  settings: TextSettingsSchema,
  provisions: z.array(ProvisionInputSchema).min(1).max(1000),
});
export type TextContentCommand = z.infer<typeof TextContentCommand>;

const WordingLocationSchema = z.discriminatedUnion('in', [
  z.strictObject({ in: z.literal('agreed'), provisionId: Id, segment: WordIndex }),
  z.strictObject({ in: z.literal('option'), bracketId: Id, optionId: Id }),
]);

const span = { start: WordIndex, end: WordIndex };
const OperationSchema = z.discriminatedUnion('op', [
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

/** A penholder's direct edit of the next revision (core/texts/edits.ts). */
const EditSchema = z.discriminatedUnion('op', [
  ...OperationSchema.options,
  z.strictObject({
    op: z.literal('move_provision'),
    provisionId: Id,
    parentId: Id.nullable(),
    position: z.number().int().min(0).max(10_000),
  }),
  z.strictObject({ op: z.literal('take_in'), proposalId: Id }),
]);

export const ProposeCommand = z.strictObject({
  basedOnRevision: z.number().int().min(1),
  operation: OperationSchema,
  rationale: z.string().trim().max(5000).default(''),
});
export type ProposeCommand = z.infer<typeof ProposeCommand>;

/** The proposing participant withdraws its proposal; `participantId` names it (as in a stance). */
export const WithdrawProposalCommand = z.strictObject({ participantId: Id });
export type WithdrawProposalCommand = z.infer<typeof WithdrawProposalCommand>;

/** A penholder declines a proposal; the reason is seen by the proposer and the penholders only. */
export const DeclineProposalCommand = z.strictObject({
  reason: z.string().trim().max(2000).default(''),
});
export type DeclineProposalCommand = z.infer<typeof DeclineProposalCommand>;

export const IssueRevisionCommand = z.strictObject({
  basedOnRevision: z.number().int().min(1),
  label: Text(200),
  proposalIds: z.array(Id).max(500).default([]),
  cleanings: z
    .array(z.strictObject({ bracketId: Id, optionId: Id }))
    .max(2000)
    .default([]),
  /** The penholder's direct edits, applied in order after the proposals and cleanings. */
  edits: z.array(EditSchema).max(2000).optional(),
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

/** Creates a text and issues its Rev.1 in one step (the penholder's first draft). */
export const CreateTextCommand = TextContentCommand.extend({
  label: Text(200).default('chair’s draft'),
});
export type CreateTextCommand = z.infer<typeof CreateTextCommand>;

/** Opens the adoption of the current revision by the listed signatories (participant ids). */
export const OpenAdoptionCommand = z.strictObject({
  revision: z.number().int().min(1),
  signatories: z.array(Id).min(1).max(50),
});
export type OpenAdoptionCommand = z.infer<typeof OpenAdoptionCommand>;

export const RevisionParams = z.strictObject({ id: Id, n: z.coerce.number().int().min(1) });
export const ProposalParams = z.strictObject({ id: Id, proposalId: Id });
export const TextQuery = z.strictObject({
  /** A past revision; default the current one. */
  revision: z.coerce.number().int().min(1).optional(),
});
export const RedlineQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const ExportQuery = z.strictObject({
  view: z.enum(['clean', 'redline']).default('clean'),
  /** For a redline: the older revision (default: the one before). */
  against: z.coerce.number().int().min(1).optional(),
});

// ---- views ----
const HashHex = z.string().regex(/^[0-9a-f]{64}$/u);
const AttributionView = z.object({ proposerId: Id.nullable(), proposalId: Id.nullable() });
const OptionView = z.object({
  id: Id,
  kind: z.enum(['wording', 'delete']),
  /** Null for a delete option. */
  text: z.string().nullable(),
  /** Null when the wording stood in the text when bracketed, or attribution is withheld from the viewer. */
  proposerId: Id.nullable(),
  proposalId: Id.nullable(),
  amendments: z.array(AttributionView),
});
export const SegmentView = z.discriminatedUnion('type', [
  z.object({ type: z.literal('agreed'), text: z.string() }),
  z.object({ type: z.literal('bracket'), id: Id, options: z.array(OptionView) }),
]);
const StanceCounts = z.object({
  agree: z.number().int(),
  agree_ad_referendum: z.number().int(),
  object: z.number().int(),
  reserve: z.number().int(),
  none: z.number().int(),
});
/** One provision of the consolidated view, in document order (flat; `parentId` and `depth` give the tree). */
const ProvisionView = z.object({
  id: Id,
  parentId: Id.nullable(),
  depth: z.number().int(),
  /** "1", "2.1"; null for preambular paragraphs and headings. */
  number: z.string().nullable(),
  part: z.enum(PROVISION_PARTS),
  heading: z.boolean(),
  /** The wording in the customary style: "agreed [option a / option b] agreed". */
  text: z.string(),
  content: z.array(SegmentView),
  brackets: z.number().int(),
  /** Computed state (current revision only; null for a past one). */
  state: z.enum(PROVISION_STATES).nullable(),
  /** Stance counts, for viewers who may see every party's stance; null otherwise. */
  counts: StanceCounts.nullable(),
});
const TextStanceView = z.object({
  provisionId: Id,
  participantId: Id,
  stance: z.enum(TEXT_STANCES),
  comment: z.string(),
  revision: z.number().int(),
  updatedAt: IsoDateTime,
});
const RevisionSummaryView = z.object({
  number: z.number().int(),
  label: z.string(),
  proposalIds: z.array(Id),
  issuedBy: Id,
  issuedAt: IsoDateTime,
  /** SHA-256 of the revision's canonical text (format parley.text/1). */
  hash: HashHex,
});
const AdoptionView = z.object({
  revision: z.number().int(),
  hash: HashHex,
  signatories: z.array(Id),
  signatures: z.array(z.object({ participantId: Id, hash: HashHex, signedAt: IsoDateTime })),
  openedBy: Id,
  openedAt: IsoDateTime,
  /** Set when the last signatory signed. */
  adoptedAt: IsoDateTime.nullable(),
});
export const TextView = z.object({
  id: Id,
  roundId: Id,
  title: z.string(),
  kind: z.enum(TEXT_KINDS),
  language: z.string(),
  settings: TextSettingsSchema,
  currentRevision: z.number().int(),
  revisions: z.array(RevisionSummaryView),
  /** The revision shown (the current one unless `?revision=` asked for another). */
  revision: RevisionSummaryView.extend({ provisions: z.array(ProvisionView) }),
  /** The text's state: agreed only when every provision is agreed and no bracket is left. */
  state: z.enum(PROVISION_STATES),
  brackets: z.number().int(),
  /** Stances on the current revision the viewer may see (all, or only their own). */
  stances: z.array(TextStanceView),
  adoption: AdoptionView.nullable(),
  /** Parties of the round, and the participants' names (for attribution and stance tables). */
  parties: z.array(Id),
  participants: z.array(z.object({ id: Id, name: z.string(), capacity: z.string() })),
  viewer: z.object({
    participantIds: z.array(Id),
    penholder: z.boolean(),
    /** Sees every proposer and every stance. */
    privileged: z.boolean(),
    /** Parties whose stances the viewer may set. */
    speaksFor: z.array(Id),
    /** Signatories the viewer may sign for (once an adoption is open). */
    signsFor: z.array(Id),
    /** Participants whose open proposals the viewer may withdraw. */
    withdrawsFor: z.array(Id),
    /** Document actions the viewer may take, from the policy table. */
    actions: z.array(z.string()),
  }),
});
export type TextView = z.infer<typeof TextView>;

const TextListEntryView = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(TEXT_KINDS),
  language: z.string(),
  currentRevision: z.number().int(),
  /** The current revision's label, e.g. "chair’s draft". */
  revisionLabel: z.string(),
  /** The current revision's state, as the document view gives it (`adopted` says the rest). */
  state: z.enum(PROVISION_STATES),
  adopted: z.boolean(),
  adoptedHash: HashHex.nullable(),
});
export const TextListView = z.object({ texts: z.array(TextListEntryView) });

export const ProposalView = z.object({
  id: Id,
  /** Null when attribution is withheld from the viewer. */
  proposerId: Id.nullable(),
  basedOnRevision: z.number().int(),
  operation: OperationSchema,
  rationale: z.string(),
  submittedAt: IsoDateTime,
  /**
   * pending: awaiting the penholder; stale: made against an older revision and not taken in;
   * withdrawn by its proposer or declined by a penholder: closed for good.
   */
  status: z.enum(PROPOSAL_STATUSES),
  takenInRevision: z.number().int().nullable(),
  /** When it was withdrawn or declined. */
  closedAt: IsoDateTime.nullable(),
  /** A declined proposal's reason ('' when none was given); null otherwise. */
  declineReason: z.string().nullable(),
});
export type ProposalView = z.infer<typeof ProposalView>;
export const ProposalList = z.object({ proposals: z.array(ProposalView) });

const RedlineTokenView = z.discriminatedUnion('t', [
  z.object({ t: z.literal('word'), text: z.string() }),
  z.object({ t: z.literal('open'), bracketId: Id }),
  z.object({
    t: z.literal('option'),
    optionId: Id,
    proposerId: Id.nullable(),
    proposalId: Id.nullable(),
  }),
  z.object({ t: z.literal('delete_option'), optionId: Id }),
  z.object({ t: z.literal('separator') }),
  z.object({ t: z.literal('close'), bracketId: Id }),
]);
export const RedlineView = z.object({
  textId: Id,
  from: z.number().int(),
  to: z.number().int(),
  inserted: z.number().int(),
  deleted: z.number().int(),
  provisions: z.array(
    z.object({
      provisionId: Id,
      change: z.enum(['added', 'removed', 'changed', 'unchanged']),
      numberBefore: z.string().nullable(),
      numberAfter: z.string().nullable(),
      depth: z.number().int(),
      part: z.enum(PROVISION_PARTS),
      heading: z.boolean(),
      restructured: z.boolean(),
      /** Moved out of its order among the provisions both revisions have. */
      moved: z.boolean(),
      /** Plain rendering: insertions as {+…+}, deletions as {-…-}. */
      text: z.string(),
      pieces: z.array(
        z.object({ change: z.enum(['equal', 'insert', 'delete']), token: RedlineTokenView }),
      ),
    }),
  ),
});
export type RedlineView = z.infer<typeof RedlineView>;

// The parsed commands are exactly what the core accepts.
const _operation = (o: z.infer<typeof OperationSchema>): Operation => o;
const _provision = (p: z.infer<typeof ProvisionInputSchema>): ProvisionInput => p;
const _edit = (e: z.infer<typeof EditSchema>): Edit => e;
void _operation;
void _edit;
void _provision;
