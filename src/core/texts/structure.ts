import { DomainError, notFound } from '../errors.ts';
import type {
  Attribution,
  Bracket,
  BracketOption,
  NegotiatingText,
  NewId,
  Provision,
  Segment,
  TextSettings,
} from './types.ts';
import type { ProvisionPart, TextKind } from './vocabulary.ts';
import { checkWording, joinWords } from './words.ts';

// ---- inputs (what commands carry; ids and attribution are added by the core) ----
export type OptionInput = { kind: 'wording'; text: string } | { kind: 'delete' };
export type SegmentInput =
  { type: 'agreed'; text: string } | { type: 'bracket'; options: readonly OptionInput[] };
export interface ProvisionInput {
  part: ProvisionPart;
  heading?: boolean | undefined;
  content: readonly SegmentInput[];
  children?: readonly ProvisionInput[] | undefined;
}
export interface TextDraft {
  title: string;
  kind: TextKind;
  language: string;
  settings: TextSettings;
  provisions: readonly ProvisionInput[];
}

// ---- lookup ----
export interface ProvisionEntry {
  provision: Provision;
  parentId: string | null;
  /** Indices from the root list down to the provision. */
  path: readonly number[];
}
export interface BracketEntry {
  bracket: Bracket;
  provisionId: string;
  /** Index of the bracket in its provision's content. */
  segment: number;
}
export interface TextIndex {
  provisions: Map<string, ProvisionEntry>;
  brackets: Map<string, BracketEntry>;
}

export function indexText(provisions: readonly Provision[]): TextIndex {
  const index: TextIndex = { provisions: new Map(), brackets: new Map() };
  const visit = (list: readonly Provision[], parentId: string | null, path: number[]) => {
    list.forEach((p, i) => {
      const here = [...path, i];
      index.provisions.set(p.id, { provision: p, parentId, path: here });
      p.content.forEach((s, segment) => {
        if (s.type === 'bracket')
          index.brackets.set(s.id, { bracket: s, provisionId: p.id, segment });
      });
      visit(p.children, p.id, here);
    });
  };
  visit(provisions, null, []);
  return index;
}

/** Every provision in document order (pre-order). */
export function* allProvisions(list: readonly Provision[]): Generator<Provision> {
  for (const p of list) {
    yield p;
    yield* allProvisions(p.children);
  }
}

export function findProvision(index: TextIndex, id: string): ProvisionEntry {
  const entry = index.provisions.get(id);
  if (!entry) throw notFound('Provision');
  return entry;
}

export function findBracket(index: TextIndex, id: string): BracketEntry {
  const entry = index.brackets.get(id);
  if (!entry) throw notFound('Bracket');
  return entry;
}

/** Rebuilds only the nodes on the path, so untouched provisions keep their identity. */
export function updateAtPath(
  list: readonly Provision[],
  path: readonly number[],
  fn: (p: Provision) => Provision,
): Provision[] {
  const [head, ...rest] = path;
  if (head === undefined) throw new Error('empty path');
  return list.map((p, i) =>
    i !== head
      ? p
      : rest.length === 0
        ? fn(p)
        : { ...p, children: updateAtPath(p.children, rest, fn) },
  );
}

/** Replaces the children list of `parentId` (null: the top-level list). */
export function updateChildren(
  text: NegotiatingText,
  index: TextIndex,
  parentId: string | null,
  fn: (children: readonly Provision[]) => Provision[],
): NegotiatingText {
  if (parentId === null) return { ...text, provisions: fn(text.provisions) };
  const { path } = findProvision(index, parentId);
  return {
    ...text,
    provisions: updateAtPath(text.provisions, path, (p) => ({ ...p, children: fn(p.children) })),
  };
}

// ---- normalization and building ----

/** Drops empty agreed wording and merges neighbouring agreed segments. */
function normalizeContent(content: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of content) {
    if (s.type === 'agreed') {
      if (s.text === '') continue;
      const last = out.at(-1);
      if (last?.type === 'agreed') {
        out[out.length - 1] = { type: 'agreed', text: joinWords([last.text, s.text]) };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

export function nonEmptyContent(content: readonly Segment[]): Segment[] {
  const normalized = normalizeContent(content);
  if (normalized.length === 0) {
    throw new DomainError(
      'empty_wording',
      'A provision keeps some wording; remove the provision instead.',
    );
  }
  return normalized;
}

function sameOption(a: OptionInput | BracketOption, b: OptionInput | BracketOption) {
  return a.kind === b.kind && (a.kind === 'delete' || a.text === (b as { text: string }).text);
}

export function buildOption(input: OptionInput, by: Attribution, newId: NewId): BracketOption {
  const base = {
    id: newId(),
    proposerId: by.proposerId,
    proposalId: by.proposalId,
    amendments: [],
  };
  return input.kind === 'delete'
    ? { ...base, kind: 'delete' }
    : { ...base, kind: 'wording', text: checkWording(input.text, 'option') };
}

export function checkNewOption(existing: readonly BracketOption[], input: OptionInput) {
  const option: OptionInput =
    input.kind === 'wording'
      ? { kind: 'wording', text: checkWording(input.text, 'option') }
      : input;
  if (existing.some((o) => sameOption(o, option))) {
    throw new DomainError(
      'already_exists',
      option.kind === 'delete'
        ? 'The bracket already offers to delete its wording.'
        : 'The bracket already holds this wording as an option.',
    );
  }
}

function buildBracket(options: readonly OptionInput[], by: Attribution, newId: NewId): Bracket {
  if (options.length === 0) {
    throw new DomainError('empty_bracket', 'A bracket holds at least one option.');
  }
  const id = newId();
  const built: BracketOption[] = [];
  for (const o of options) {
    const option = buildOption(o, by, newId);
    checkNewOption(built, option);
    built.push(option);
  }
  return { type: 'bracket', id, options: built };
}

function buildContent(input: readonly SegmentInput[], by: Attribution, newId: NewId): Segment[] {
  return nonEmptyContent(
    input.map((s) =>
      s.type === 'agreed'
        ? { type: 'agreed', text: checkWording(s.text) }
        : buildBracket(s.options, by, newId),
    ),
  );
}

export function buildProvision(input: ProvisionInput, by: Attribution, newId: NewId): Provision {
  const id = newId();
  return {
    id,
    part: input.part,
    heading: input.heading ?? false,
    content: buildContent(input.content, by, newId),
    children: (input.children ?? []).map((c) => buildProvision(c, by, newId)),
  };
}

/** A new text in a round, drafted by a penholder; options it brackets are attributed to them. */
export function buildText(
  input: TextDraft,
  meta: { roundId: string; by: string },
  newId: NewId,
): NegotiatingText {
  const by = { proposerId: meta.by, proposalId: null };
  const text: NegotiatingText = {
    id: newId(),
    roundId: meta.roundId,
    title: checkWording(input.title, 'title'),
    kind: input.kind,
    language: input.language,
    settings: { ...input.settings },
    provisions: input.provisions.map((p) => buildProvision(p, by, newId)),
  };
  checkText(text);
  return text;
}

// ---- structural rules ----
const invalid = (message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid_structure', message, details);

/** Preamble before operative part at the top; children share their parent's part. */
export function checkSiblings(list: readonly Provision[], parentPart: ProvisionPart | null) {
  let seenOperative = false;
  for (const p of list) {
    if (parentPart !== null && p.part !== parentPart) {
      throw invalid('A sub-paragraph belongs to the same part as its paragraph.', { id: p.id });
    }
    if (p.part === 'operative') seenOperative = true;
    else if (seenOperative) {
      throw invalid('Preambular paragraphs come before the operative part.', { id: p.id });
    }
  }
}

/** Checks the part rule inside a subtree (its root's siblings are checked by the caller). */
export function checkSubtree(p: Provision): void {
  checkSiblings(p.children, p.part);
  p.children.forEach(checkSubtree);
}

/** Checks every invariant of a text; throws on the first breach. */
export function checkText(text: Pick<NegotiatingText, 'provisions'>): void {
  if (text.provisions.length === 0) throw invalid('A text has at least one provision.');
  const ids = new Set<string>();
  const unique = (id: string) => {
    if (ids.has(id)) throw invalid('Identifiers in a text are unique.', { id });
    ids.add(id);
  };
  const visit = (list: readonly Provision[], parentPart: ProvisionPart | null) => {
    checkSiblings(list, parentPart);
    for (const p of list) {
      unique(p.id);
      if (p.content.length === 0) throw invalid('A provision has wording.', { id: p.id });
      p.content.forEach((s, i) => {
        if (s.type === 'agreed') {
          if (s.text === '' || checkWording(s.text) !== s.text)
            throw invalid('Agreed wording is stored normalized.', { id: p.id });
          if (p.content[i + 1]?.type === 'agreed')
            throw invalid('Agreed wording is not split.', { id: p.id });
          return;
        }
        unique(s.id);
        if (s.options.length === 0) {
          throw new DomainError('empty_bracket', 'A bracket holds at least one option.', {
            id: s.id,
          });
        }
        s.options.forEach((o, j) => {
          unique(o.id);
          if (o.kind === 'wording' && checkWording(o.text) !== o.text)
            throw invalid('Option wording is stored normalized.', { id: o.id });
          if (s.options.slice(0, j).some((other) => sameOption(other, o)))
            throw invalid('A bracket holds each option once.', { id: o.id });
        });
      });
      visit(p.children, p.part);
    }
  };
  visit(text.provisions, null);
}
