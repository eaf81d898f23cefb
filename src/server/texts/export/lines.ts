// Line layout for the PDF export: greedy line breaking in logical order, then each line put in
// visual order with the Unicode bidirectional algorithm (bidi-js), so that Arabic reads right to
// left with numbers and Latin words inside it left to right. pdfkit draws every piece left to right
// and its shaper (fontkit) joins Arabic letters itself, reversing any run of Arabic script; pieces
// of Arabic are therefore handed over reversed, i.e. in the logical order the shaper needs.
import bidiModule from 'bidi-js';
import type { EditKind } from '../../../core/texts/diff.ts';

// bidi-js is CommonJS exporting the factory itself; its typings describe an ES default export.
const bidi = (bidiModule as unknown as typeof bidiModule.default)();

/** Which font family draws a character: Noto Naskh Arabic, or Noto Serif for everything else. */
export type Family = 'serif' | 'arabic';
export type Face = 'regular' | 'bold' | 'italic';

export interface Span {
  text: string;
  face: Face;
  change: EditKind;
}

/** Text drawn in one call, with one font and style, in visual order once reversed for the shaper. */
interface Piece {
  text: string;
  family: Family;
  face: Face;
  change: EditKind;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
  /**
   * The line as written, when its pieces do not read in drawing order or hold Arabic (whose glyphs
   * the PDF cannot map back to letters one by one): readers copy and search this instead.
   */
  actualText: string | null;
}

/** The width of `text` in points with this family and face (at the paragraph's size). */
export type Measure = (text: string, family: Family, face: Face) => number;

const ARABIC_BLOCKS = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
/** What makes fontkit lay a run out right to left (it reverses the whole run). */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

const familyOf = (char: string): Family => (ARABIC_BLOCKS.test(char) ? 'arabic' : 'serif');

/** Languages written right to left; the PDF export covers the Arabic script among them. */
export const isRightToLeft = (language: string) =>
  /^(ar|fa|ur|ps|sd|ug|ckb|he|yi)\b/u.test(language);

/** Reversed by code point, so that astral characters stay whole. */
const reversed = (s: string) => [...s].reverse().join('');

interface Chunk {
  start: number;
  end: number;
}

/** Splits `text[start, end)` where the span or the font family changes. */
function chunksOf(spanAt: Uint16Array, text: string, start: number, end: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = start; i < end; i++) {
    const last = chunks.at(-1);
    if (
      last &&
      spanAt[i] === spanAt[last.start] &&
      familyOf(text[i]!) === familyOf(text[last.start]!)
    ) {
      last.end = i + 1;
    } else chunks.push({ start: i, end: i + 1 });
  }
  return chunks;
}

/**
 * Lays a paragraph out in lines of at most `width` points (a word longer than that gets a line of
 * its own). `direction` is the paragraph's base direction; `auto` takes the first strong character.
 */
export function layoutParagraph(
  spans: readonly Span[],
  options: { width: number; direction: 'ltr' | 'rtl' | 'auto'; measure: Measure },
): { rtl: boolean; lines: Line[] } {
  const text = spans.map((s) => s.text).join('');
  const spanAt = new Uint16Array(text.length);
  let at = 0;
  spans.forEach((s, i) => {
    spanAt.fill(i, at, at + s.text.length);
    at += s.text.length;
  });
  const embedding = bidi.getEmbeddingLevels(text, options.direction);
  const rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1;
  const measure = (start: number, end: number) =>
    chunksOf(spanAt, text, start, end).reduce((sum, c) => {
      const span = spans[spanAt[c.start]!]!;
      return sum + options.measure(text.slice(c.start, c.end), familyOf(text[c.start]!), span.face);
    }, 0);
  const space = options.measure(' ', 'serif', 'regular');

  const ranges: Chunk[] = [];
  let line: Chunk | null = null;
  let lineWidth = 0;
  for (const word of text.matchAll(/\S+/gu)) {
    const start = word.index;
    const end = start + word[0].length;
    const w = measure(start, end);
    if (line && lineWidth + space + w <= options.width) {
      line.end = end;
      lineWidth += space + w;
    } else {
      line = { start, end };
      ranges.push(line);
      lineWidth = w;
    }
  }
  return {
    rtl,
    lines: ranges.map((r) => visualLine(text, spanAt, spans, embedding, r, options.measure)),
  };
}

function visualLine(
  text: string,
  spanAt: Uint16Array,
  spans: readonly Span[],
  embedding: ReturnType<typeof bidi.getEmbeddingLevels>,
  range: Chunk,
  measure: Measure,
): Line {
  // The indices cover the whole paragraph, only this line's range reordered.
  const order = bidi
    .getReorderedIndices(text, embedding, range.start, range.end - 1)
    .slice(range.start, range.end);
  const mirrored = bidi.getMirroredCharactersMap(
    text,
    embedding.levels,
    range.start,
    range.end - 1,
  );
  const pieces: Piece[] = [];
  let previous = -1;
  for (const i of order) {
    const char = mirrored.get(i) ?? text[i]!;
    const family = familyOf(char);
    const last = pieces.at(-1);
    if (last && spanAt[i] === spanAt[previous] && last.family === family) last.text += char;
    else {
      const span = spans[spanAt[i]!]!;
      pieces.push({ text: char, family, face: span.face, change: span.change, width: 0 });
    }
    previous = i;
  }
  let width = 0;
  const moved = order.some((i, k) => i !== range.start + k) || mirrored.size > 0;
  for (const p of pieces) {
    // Surrogate halves come out of the reordering swapped in right-to-left runs: pair them again.
    p.text = p.text.replace(/([\udc00-\udfff])([\ud800-\udbff])/gu, '$2$1');
    if (p.family === 'arabic' && ARABIC_SCRIPT.test(p.text)) p.text = reversed(p.text);
    p.width = measure(p.text, p.family, p.face);
    width += p.width;
  }
  const arabic = pieces.some((p) => p.family === 'arabic');
  return { pieces, width, actualText: moved || arabic ? text.slice(range.start, range.end) : null };
}
