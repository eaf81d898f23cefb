// From what the reader selected in the page to the words of one provision: each wording place
// (an agreed passage, an option) is one element (`data-place`) holding its stored text, inside an
// element naming its provision (`data-provision-id`). Stored text has single spaces between
// words, so the selected characters say which words are selected.
import type { ProvisionData } from './api.ts';
import { wordRange } from './desk-model.ts';
import { placeByKey, type WordPick } from './propose.ts';

/** The characters of `text` the range covers, or null when it covers none of them. */
function charactersIn(range: Range, text: Text): { from: number; to: number } | null {
  const own = text.ownerDocument.createRange();
  own.selectNodeContents(text);
  const overlaps =
    range.compareBoundaryPoints(Range.START_TO_END, own) === 1 &&
    range.compareBoundaryPoints(Range.END_TO_START, own) === -1;
  if (!overlaps) return null;
  // A boundary strictly inside the place lies in its one text node, so its offset counts characters.
  const from = range.compareBoundaryPoints(Range.START_TO_START, own) <= 0 ? 0 : range.startOffset;
  const to =
    range.compareBoundaryPoints(Range.END_TO_END, own) >= 0 ? text.length : range.endOffset;
  return { from, to };
}

const elementOf = (node: Node): Element | null =>
  node instanceof Element ? node : node.parentElement;

/**
 * The provision and words a selection covers, kept to the wording place where it starts (words
 * of one agreed passage or of one option), or null when it covers no word of a provision. A word
 * the selection only touches at its edge is not selected.
 */
export function pickOfSelection(
  selection: Selection | null,
  provisions: readonly ProvisionData[],
): { provisionId: string; pick: WordPick } | null {
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const holder =
    elementOf(range.startContainer)?.closest('[data-provision-id]') ??
    elementOf(range.endContainer)?.closest('[data-provision-id]');
  const provision = provisions.find((p) => p.id === holder?.getAttribute('data-provision-id'));
  if (!holder || provision === undefined) return null;
  for (const element of holder.querySelectorAll('[data-place]')) {
    const text = element.firstChild;
    if (!(text instanceof Text)) continue;
    const chars = charactersIn(range, text);
    const words = chars && wordRange(text.data, chars.from, chars.to);
    const place = placeByKey(provision, element.getAttribute('data-place') ?? '');
    if (words && place) return { provisionId: provision.id, pick: { place, ...words } };
  }
  return null;
}
