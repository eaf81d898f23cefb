import { DomainError } from '../errors.ts';
import {
  buildOption,
  buildProvision,
  checkNewOption,
  checkSiblings,
  checkSubtree,
  findProvision,
  indexText,
  updateChildren,
  type OptionInput,
  type ProvisionInput,
  type TextIndex,
} from './structure.ts';
import type { Attribution, Bracket, BracketOption, NegotiatingText, NewId } from './types.ts';
import { checkWording, joinWords, wordsOf } from './words.ts';
import {
  badSpan,
  checkPosition,
  checkRange,
  editBracket,
  editContent,
  findOption,
} from './operation-steps.ts';

/**
 * Where wording lives: an agreed segment of a provision (by its index in the provision's
 * content), or one wording option of a bracket. Word positions count words, from 0.
 */
export type WordingLocation =
  | { in: 'agreed'; provisionId: string; segment: number }
  | { in: 'option'; bracketId: string; optionId: string };

export type Operation =
  /** Words [start, end) become `text`. */
  | { op: 'replace_wording'; at: WordingLocation; start: number; end: number; text: string }
  /**
   * `text` goes before word `position` (= word count: at the end). In agreed text, `segment` may
   * also name a bracket or the end of the content (position 0): new agreed wording goes there.
   */
  | { op: 'insert_wording'; at: WordingLocation; position: number; text: string }
  | { op: 'delete_wording'; at: WordingLocation; start: number; end: number }
  /** Agreed words [start, end) become a bracket whose first option is that wording. */
  | {
      op: 'add_bracket';
      at: WordingLocation;
      start: number;
      end: number;
      alternative?: OptionInput | undefined;
    }
  | { op: 'add_option'; bracketId: string; option: OptionInput }
  | { op: 'remove_option'; bracketId: string; optionId: string }
  /** Cleans the bracket: the chosen option's wording becomes agreed (a delete option drops it). */
  | { op: 'resolve_bracket'; bracketId: string; optionId: string }
  /** Inserts before the `position`-th child of `parentId` (null: top level); default at the end. */
  | {
      op: 'add_provision';
      parentId: string | null;
      position?: number | undefined;
      provision: ProvisionInput;
    }
  | { op: 'remove_provision'; provisionId: string };

/** Who performs an operation: the proposer, and the proposal it comes from. */
export interface Author extends Attribution {
  proposerId: string;
}

function editOptionWording(
  text: NegotiatingText,
  index: TextIndex,
  at: Extract<WordingLocation, { in: 'option' }>,
  by: Author,
  edit: (words: string[]) => string[],
): NegotiatingText {
  return editBracket(text, index, at.bracketId, (b) => {
    const option = findOption(b, at.optionId);
    if (option.kind !== 'wording') {
      throw badSpan('A delete option has no wording to edit.', { optionId: option.id });
    }
    const words = edit(wordsOf(option.text));
    if (words.length === 0) {
      throw new DomainError(
        'empty_wording',
        'An option keeps some wording; remove the option or offer a delete option instead.',
      );
    }
    const amended: BracketOption = {
      ...option,
      text: joinWords(words),
      amendments: [...option.amendments, { proposerId: by.proposerId, proposalId: by.proposalId }],
    };
    return [{ ...b, options: b.options.map((o) => (o.id === option.id ? amended : o)) }];
  });
}

function editAgreedWording(
  text: NegotiatingText,
  index: TextIndex,
  at: Extract<WordingLocation, { in: 'agreed' }>,
  edit: (words: string[]) => string[],
  insertAt: number | undefined,
): NegotiatingText {
  return editContent(text, index, at.provisionId, (content) => {
    const seg = content[at.segment];
    if (seg?.type === 'agreed') {
      const words = edit(wordsOf(seg.text));
      return content.map((s, i) =>
        i === at.segment ? { type: 'agreed', text: joinWords(words) } : s,
      );
    }
    // New agreed wording before a bracket, or at the very end.
    if (
      insertAt === 0 &&
      Number.isInteger(at.segment) &&
      at.segment >= 0 &&
      at.segment <= content.length
    ) {
      const words = edit([]);
      return [
        ...content.slice(0, at.segment),
        { type: 'agreed', text: joinWords(words) },
        ...content.slice(at.segment),
      ];
    }
    throw badSpan(`Segment ${at.segment} of the provision is not agreed wording.`, {
      segment: at.segment,
    });
  });
}

/** Applies a word-level edit to agreed wording or to a wording option. */
function editWording(
  text: NegotiatingText,
  index: TextIndex,
  at: WordingLocation,
  by: Author,
  edit: (words: string[]) => string[],
  insertAt?: number,
): NegotiatingText {
  return at.in === 'option'
    ? editOptionWording(text, index, at, by, edit)
    : editAgreedWording(text, index, at, edit, insertAt);
}

type OperationOf<K extends Operation['op']> = Extract<Operation, { op: K }>;

function replaceWording(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'replace_wording'>,
  by: Author,
): NegotiatingText {
  const { start, end } = operation;
  const replacement = checkWording(operation.text).split(' ');
  return editWording(text, index, operation.at, by, (words) => {
    checkRange(words, start, end);
    return [...words.slice(0, start), ...replacement, ...words.slice(end)];
  });
}

function insertWording(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'insert_wording'>,
  by: Author,
): NegotiatingText {
  const { position } = operation;
  const inserted = checkWording(operation.text).split(' ');
  return editWording(
    text,
    index,
    operation.at,
    by,
    (words) => {
      checkPosition(words, position);
      return [...words.slice(0, position), ...inserted, ...words.slice(position)];
    },
    position,
  );
}

function deleteWording(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'delete_wording'>,
  by: Author,
): NegotiatingText {
  const { start, end } = operation;
  return editWording(text, index, operation.at, by, (words) => {
    checkRange(words, start, end);
    return [...words.slice(0, start), ...words.slice(end)];
  });
}

function addBracket(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'add_bracket'>,
  attribution: Attribution,
  newId: NewId,
): NegotiatingText {
  const { at, start, end, alternative } = operation;
  if (at.in === 'option') {
    throw new DomainError(
      'nested_bracket',
      'Brackets do not nest: an option is plain wording. Propose another option instead.',
    );
  }
  return editContent(text, index, at.provisionId, (content) => {
    const seg = content[at.segment];
    if (seg?.type !== 'agreed') {
      throw new DomainError(
        seg ? 'nested_bracket' : 'invalid_span',
        seg
          ? 'This wording is already bracketed; brackets do not nest.'
          : `The provision has no segment ${at.segment}.`,
        { segment: at.segment },
      );
    }
    const words = wordsOf(seg.text);
    checkRange(words, start, end);
    const first: BracketOption = {
      id: newId(),
      kind: 'wording',
      text: joinWords(words.slice(start, end)),
      proposerId: null,
      proposalId: null,
      amendments: [],
    };
    const options: BracketOption[] = [first];
    if (alternative) {
      checkNewOption(options, alternative);
      options.push(buildOption(alternative, attribution, newId));
    }
    const bracket: Bracket = { type: 'bracket', id: newId(), options };
    return [
      ...content.slice(0, at.segment),
      { type: 'agreed', text: joinWords(words.slice(0, start)) },
      bracket,
      { type: 'agreed', text: joinWords(words.slice(end)) },
      ...content.slice(at.segment + 1),
    ];
  });
}

function addOption(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'add_option'>,
  attribution: Attribution,
  newId: NewId,
): NegotiatingText {
  return editBracket(text, index, operation.bracketId, (b) => {
    checkNewOption(b.options, operation.option);
    return [{ ...b, options: [...b.options, buildOption(operation.option, attribution, newId)] }];
  });
}

function removeOption(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'remove_option'>,
): NegotiatingText {
  return editBracket(text, index, operation.bracketId, (b) => {
    findOption(b, operation.optionId);
    if (b.options.length === 1) {
      throw new DomainError(
        'empty_bracket',
        'A bracket keeps at least one option: resolve the bracket instead.',
      );
    }
    return [{ ...b, options: b.options.filter((o) => o.id !== operation.optionId) }];
  });
}

function resolveBracket(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'resolve_bracket'>,
): NegotiatingText {
  return editBracket(text, index, operation.bracketId, (b) => {
    const chosen = findOption(b, operation.optionId);
    return chosen.kind === 'wording' ? [{ type: 'agreed', text: chosen.text }] : [];
  });
}

function addProvision(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'add_provision'>,
  attribution: Attribution,
  newId: NewId,
): NegotiatingText {
  const { parentId, position } = operation;
  const parent = parentId === null ? null : findProvision(index, parentId).provision;
  const siblings = parent ? parent.children : text.provisions;
  const at = position ?? siblings.length;
  if (!Number.isInteger(at) || at < 0 || at > siblings.length) {
    throw badSpan(`Position ${at} is outside the list of ${siblings.length} provisions.`);
  }
  const provision = buildProvision(operation.provision, attribution, newId);
  checkSubtree(provision);
  return updateChildren(text, index, parentId, (children) => {
    const next = [...children.slice(0, at), provision, ...children.slice(at)];
    checkSiblings(next, parent?.part ?? null);
    return next;
  });
}

function removeProvision(
  text: NegotiatingText,
  index: TextIndex,
  operation: OperationOf<'remove_provision'>,
): NegotiatingText {
  const { parentId } = findProvision(index, operation.provisionId);
  if (parentId === null && text.provisions.length === 1) {
    throw new DomainError('invalid_structure', 'A text keeps at least one provision.');
  }
  return updateChildren(text, index, parentId, (children) =>
    children.filter((c) => c.id !== operation.provisionId),
  );
}

/** Applies one operation; returns a new text (the input is never changed) or throws a DomainError. */
export function applyOperation(
  text: NegotiatingText,
  operation: Operation,
  by: Author,
  newId: NewId,
): NegotiatingText {
  const index = indexText(text.provisions);
  const attribution = { proposerId: by.proposerId, proposalId: by.proposalId };
  switch (operation.op) {
    case 'replace_wording':
      return replaceWording(text, index, operation, by);
    case 'insert_wording':
      return insertWording(text, index, operation, by);
    case 'delete_wording':
      return deleteWording(text, index, operation, by);
    case 'add_bracket':
      return addBracket(text, index, operation, attribution, newId);
    case 'add_option':
      return addOption(text, index, operation, attribution, newId);
    case 'remove_option':
      return removeOption(text, index, operation);
    case 'resolve_bracket':
      return resolveBracket(text, index, operation);
    case 'add_provision':
      return addProvision(text, index, operation, attribution, newId);
    case 'remove_provision':
      return removeProvision(text, index, operation);
  }
}
