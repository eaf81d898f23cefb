import { DomainError } from '../errors.ts';
import { checkAlignment, flagCounterparts, type TranslationFlag } from './languages.ts';
import { numberProvisions } from './numbering.ts';
import { indexText, nonEmptyContent, type SegmentInput } from './structure.ts';
import type { Bracket, NegotiatingText, Provision, Segment } from './types.ts';
import type { VersionStatus } from './vocabulary.ts';
import { checkWording } from './words.ts';

// Language versions around a document's revisions (issue 4, item 7): building a version's text from
// a penholder's wording, and keeping the "needs update" flags as revisions and versions change.

/** The wording of one provision in another language, with its sub-paragraphs, under the same ids. */
export interface TranslatedProvisionInput {
  id: string;
  content: readonly SegmentInput[];
  children?: readonly TranslatedProvisionInput[] | undefined;
}

export interface TranslationInput {
  language: string;
  title: string;
  provisions: readonly TranslatedProvisionInput[];
}

const misaligned = (language: string, what: string, provisionId: string | null) =>
  new DomainError(
    'invalid_structure',
    `The ${language} version is not aligned provision by provision with the revision: ${what}.`,
    { language, provisionId },
  );

/** Names the first provision where two texts part ways, for an error a penholder can act on. */
function firstDifference(source: NegotiatingText, version: NegotiatingText, language: string) {
  const a = numberProvisions(source);
  const b = numberProvisions(version);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!y) return misaligned(language, 'a provision is missing', x!.provision.id);
    if (!x) return misaligned(language, 'a provision is not in the revision', y.provision.id);
    if (x.provision.id !== y.provision.id)
      return misaligned(language, 'provisions are missing or out of order', x.provision.id);
    if (x.parentId !== y.parentId)
      return misaligned(language, 'a sub-paragraph sits under another paragraph', y.provision.id);
  }
  return null;
}

const bracketsOf = (p: Provision) => p.content.filter((s): s is Bracket => s.type === 'bracket');

/**
 * A bracket is the same undecided choice in every language: the version keeps the revision's
 * brackets in order, with the same options (and their proposers); only the words are translated.
 */
function mirrorContent(original: Provision, input: readonly SegmentInput[], language: string) {
  const brackets = bracketsOf(original);
  const refuse = () =>
    new DomainError(
      'invalid_structure',
      `The ${language} wording keeps the brackets of the revision: ${brackets.length} bracket(s), each with the same options in the same order.`,
      { language, provisionId: original.id },
    );
  let next = 0;
  const content: Segment[] = input.map((s) => {
    if (s.type === 'agreed') return { type: 'agreed', text: checkWording(s.text) };
    const bracket = brackets[next++];
    if (!bracket || bracket.options.length !== s.options.length) throw refuse();
    return {
      type: 'bracket',
      id: bracket.id,
      options: bracket.options.map((o, i) => {
        const given = s.options[i]!;
        if (given.kind !== o.kind) throw refuse();
        return given.kind === 'delete' || o.kind === 'delete'
          ? o
          : { ...o, text: checkWording(given.text, 'option') };
      }),
    };
  });
  if (next !== brackets.length) throw refuse();
  return nonEmptyContent(content);
}

/**
 * The text of a language version of `source` (one revision): same document, ids, structure, parts,
 * headings and brackets, the penholder's wording. Refuses anything not aligned with the revision.
 */
export function buildTranslation(
  source: NegotiatingText,
  input: TranslationInput,
  status: VersionStatus,
): NegotiatingText {
  if (input.language === source.language) {
    throw new DomainError(
      'validation_failed',
      `The ${source.language} wording is the text's own: it changes through revisions.`,
      { language: input.language },
    );
  }
  const index = indexText(source.provisions);
  const skeleton = (p: TranslatedProvisionInput): Provision => {
    const original = index.provisions.get(p.id)?.provision;
    return {
      id: p.id,
      part: original?.part ?? 'operative',
      heading: original?.heading ?? false,
      content: [],
      children: (p.children ?? []).map(skeleton),
    };
  };
  const shaped: NegotiatingText = {
    ...source,
    language: input.language,
    title: checkWording(input.title, 'title'),
    provisions: input.provisions.map(skeleton),
  };
  const difference = firstDifference(source, shaped, input.language);
  if (difference) throw difference;
  checkAlignment([
    { language: source.language, status: 'authentic', text: source },
    { language: input.language, status, text: shaped },
  ]);
  const build = (p: TranslatedProvisionInput): Provision => ({
    ...index.provisions.get(p.id)!.provision,
    content: mirrorContent(index.provisions.get(p.id)!.provision, p.content, input.language),
    children: (p.children ?? []).map(build),
  });
  return { ...shaped, provisions: input.provisions.map(build) };
}

/** The versions besides the text's own language, as they stand at one point of the history. */
export interface VersionsState {
  /** The text's own language: its revisions are authentic by definition. */
  original: string;
  versions: ReadonlyMap<string, { status: VersionStatus; text: NegotiatingText }>;
  flags: readonly TranslationFlag[];
}

const statuses = (state: VersionsState) => [
  { language: state.original, status: 'authentic' as const },
  ...[...state.versions].map(([language, v]) => ({ language, status: v.status })),
];

/** Flags after the penholder issued a new revision (`before` → `after`) in the text's own language. */
export function flagsAfterRevision(
  state: VersionsState,
  before: NegotiatingText,
  after: NegotiatingText,
): TranslationFlag[] {
  if (state.versions.size === 0) return [...state.flags];
  return flagCounterparts(
    { language: state.original, before, after },
    statuses(state),
    state.flags,
  );
}

/** Flags after a language version got new wording; a version's first wording flags nothing. */
export function flagsAfterWording(
  state: VersionsState,
  change: { language: string; status: VersionStatus; text: NegotiatingText },
): TranslationFlag[] {
  const before = state.versions.get(change.language);
  if (!before) return [...state.flags];
  const versions = new Map(state.versions).set(change.language, change);
  return flagCounterparts(
    { language: change.language, before: before.text, after: change.text },
    statuses({ ...state, versions }),
    state.flags,
  );
}

/**
 * A penholder checked flagged provisions of one language and found their wording still right
 * (e.g. the change elsewhere was a typo): their flags clear. Each must be flagged.
 */
export function flagsAfterReview(
  flags: readonly TranslationFlag[],
  language: string,
  provisionIds: readonly string[],
): TranslationFlag[] {
  const reviewed = new Set(provisionIds);
  for (const id of reviewed) {
    if (!flags.some((f) => f.language === language && f.provisionId === id)) {
      throw new DomainError(
        'invalid_transition',
        `The provision is not flagged for update in the ${language} version.`,
        { language, provisionId: id },
      );
    }
  }
  return flags.filter((f) => f.language !== language || !reviewed.has(f.provisionId));
}
