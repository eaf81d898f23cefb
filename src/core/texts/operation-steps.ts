import { DomainError, notFound } from '../errors.ts';
import {
  findBracket,
  findProvision,
  nonEmptyContent,
  updateAtPath,
  type TextIndex,
} from './structure.ts';
import type { Bracket, BracketOption, NegotiatingText, Provision, Segment } from './types.ts';

export const badSpan = (message: string, details?: Record<string, unknown>) =>
  new DomainError('invalid_span', message, details);

export function checkRange(words: readonly string[], start: number, end: number) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > words.length) {
    throw badSpan(`Words ${start}–${end} are outside the wording (${words.length} words).`, {
      start,
      end,
      length: words.length,
    });
  }
  if (start >= end) throw badSpan('The span selects no words.', { start, end });
}

export function checkPosition(words: readonly string[], position: number) {
  if (!Number.isInteger(position) || position < 0 || position > words.length) {
    throw badSpan(`Position ${position} is outside the wording (${words.length} words).`, {
      position,
      length: words.length,
    });
  }
}

function editProvision(
  text: NegotiatingText,
  index: TextIndex,
  provisionId: string,
  fn: (p: Provision) => Provision,
): NegotiatingText {
  const { path } = findProvision(index, provisionId);
  return { ...text, provisions: updateAtPath(text.provisions, path, fn) };
}

export function editContent(
  text: NegotiatingText,
  index: TextIndex,
  provisionId: string,
  fn: (content: readonly Segment[]) => Segment[],
): NegotiatingText {
  return editProvision(text, index, provisionId, (p) => ({
    ...p,
    content: nonEmptyContent(fn(p.content)),
  }));
}

export function editBracket(
  text: NegotiatingText,
  index: TextIndex,
  bracketId: string,
  fn: (b: Bracket) => Segment[],
): NegotiatingText {
  const { provisionId, segment } = findBracket(index, bracketId);
  return editContent(text, index, provisionId, (content) => {
    const b = content[segment] as Bracket;
    return [...content.slice(0, segment), ...fn(b), ...content.slice(segment + 1)];
  });
}

export function findOption(b: Bracket, optionId: string): BracketOption {
  const option = b.options.find((o) => o.id === optionId);
  if (!option) throw notFound('Option');
  return option;
}
