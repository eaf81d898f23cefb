import type {
  AttributionMode,
  Penholders,
  ProvisionPart,
  StanceVisibility,
  TextKind,
  TextStance,
} from './vocabulary.ts';

/** Ids enter the core from outside (the server passes `() => ports.ids.next()`). */
export type NewId = () => string;

/** Who put a wording into the text, and through which proposal (null: directly by the penholder). */
export interface Attribution {
  /** Participant id; null only for the wording that stood in the text when it was bracketed. */
  proposerId: string | null;
  proposalId: string | null;
}

interface OptionBase extends Attribution {
  id: string;
  /** Later edits of the option's wording, oldest first; the option's own attribution never changes. */
  amendments: readonly Attribution[];
}
export interface WordingOption extends OptionBase {
  kind: 'wording';
  /** Plain text, words separated by single spaces; never empty, never contains `[` or `]`. */
  text: string;
}
/** The bracketed wording may be dropped altogether. */
interface DeleteOption extends OptionBase {
  kind: 'delete';
}
export type BracketOption = WordingOption | DeleteOption;

interface AgreedSegment {
  type: 'agreed';
  text: string;
}
/** Not-yet-agreed wording: one or more alternatives. Options are plain text, so brackets never nest. */
export interface Bracket {
  type: 'bracket';
  id: string;
  options: readonly BracketOption[];
}
export type Segment = AgreedSegment | Bracket;

export interface Provision {
  id: string;
  part: ProvisionPart;
  /** A heading carries a title rather than a paragraph and takes no number. */
  heading: boolean;
  /** Normalized: never empty, no two agreed segments next to each other, no empty agreed segment. */
  content: readonly Segment[];
  children: readonly Provision[];
}

export interface TextSettings {
  penholders: Penholders;
  attribution: AttributionMode;
  stanceVisibility: StanceVisibility;
}

/** A negotiating text (document) as it stands in one revision or one working copy. */
export interface NegotiatingText {
  id: string;
  roundId: string;
  title: string;
  kind: TextKind;
  /** BCP 47 tag of this language version. */
  language: string;
  settings: TextSettings;
  provisions: readonly Provision[];
}

export interface ProvisionStance {
  textId: string;
  provisionId: string;
  participantId: string;
  stance: TextStance;
  comment: string;
  /** The revision whose wording of the provision the stance was given on. */
  revision: number;
  updatedAt: Date;
}

/** The penholder's choice of one option of a bracket when cleaning it in a revision. */
export interface Cleaning {
  bracketId: string;
  optionId: string;
}

/** An immutable snapshot: Rev.1, Rev.2, … */
export interface Revision {
  textId: string;
  number: number;
  /** e.g. "chair's draft" */
  label: string;
  text: NegotiatingText;
  /** Proposals taken in, in the order they were applied. */
  proposalIds: readonly string[];
  cleanings: readonly Cleaning[];
  /** Participant id of the penholder who issued it. */
  issuedBy: string;
  issuedAt: Date;
}
