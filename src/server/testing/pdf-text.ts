import { inflateSync } from 'node:zlib';

// Reads back what a pdfkit PDF draws: each text operation's font, position and
// glyphs, decoded through the font's ToUnicode map. Enough to test the export, not a PDF parser.

export interface DrawnText {
  page: number;
  /** The embedded font's name without its subset prefix, e.g. "NotoSerif-Regular". */
  font: string;
  x: number;
  y: number;
  /** Glyph ids in the subset, in drawing order. */
  glyphs: number[];
  /** Each glyph decoded through ToUnicode (marks without a code point decode to ''). */
  units: string[];
  text: string;
  /** The ActualText of the marked-content span the piece is drawn in: what a reader copies. */
  actualText: string | null;
}

const hexToText = (hex: string) =>
  String.fromCodePoint(...(hex.match(/.{4}/gu) ?? []).map((h) => parseInt(h, 16)));

function toUnicodeOf(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, from, values] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/giu)) {
    const start = parseInt(from!, 16);
    // A ligature maps to several code points: <0066 0066> for "ff".
    [...values!.matchAll(/<([0-9a-f ]*)>/giu)].forEach((v, i) =>
      map.set(start + i, hexToText(v[1]!.replaceAll(' ', ''))),
    );
  }
  for (const [, gid, value] of cmap.matchAll(/^<([0-9a-f]+)> <([0-9a-f]*)>$/gimu)) {
    map.set(parseInt(gid!, 16), hexToText(value!));
  }
  return map;
}

/** A PDF literal string's content, unescaped; UTF-16BE when it starts with a byte order mark. */
function pdfString(literal: string): string {
  const bytes = literal.replace(/\\([0-7]{1,3}|[\s\S])/gu, (_, c: string) =>
    /^[0-7]/u.test(c)
      ? String.fromCharCode(parseInt(c, 8))
      : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c),
  );
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  const utf16 = Buffer.from(bytes.slice(2), 'latin1');
  return utf16.swap16().toString('utf16le');
}

/** Each object's dictionary followed by its stream, inflated when compressed. */
function objectsOf(pdf: Buffer): Map<string, string> {
  const body = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const [, id, content] of body.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/gu)) {
    const stream = content!.match(/^([\s\S]*?)stream\n([\s\S]*)\nendstream/u);
    if (!stream) objects.set(id!, content!);
    else {
      const data = Buffer.from(stream[2]!, 'latin1');
      const inflated = /\/Filter \/FlateDecode/u.test(stream[1]!) ? inflateSync(data) : data;
      objects.set(id!, `${stream[1]}stream\n${inflated.toString('latin1')}`);
    }
  }
  return objects;
}

/** Every piece of text an uncompressed or compressed pdfkit PDF draws, page by page. */
export function drawnText(pdf: Buffer): DrawnText[] {
  const objects = objectsOf(pdf);
  const fonts = new Map<string, { name: string; toUnicode: Map<number, string> }>();
  for (const content of objects.values()) {
    const resources = content.match(/\/Font <<([^>]*)>>/u)?.[1] ?? '';
    for (const [, key, id] of resources.matchAll(/\/(\w+) (\d+) 0 R/gu)) {
      const font = objects.get(id!) ?? '';
      const name = font.match(/\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/]+)/u)?.[1] ?? '?';
      const cmapId = font.match(/\/ToUnicode (\d+) 0 R/u)?.[1];
      fonts.set(key!, { name, toUnicode: toUnicodeOf(objects.get(cmapId ?? '') ?? '') });
    }
  }
  const drawn: DrawnText[] = [];
  const pages = [...objects.values()].filter((c) => /\bTJ\b/u.test(c));
  pages.forEach((content, page) => {
    let font = { name: '?', toUnicode: new Map<number, string>() };
    let x = 0;
    let y = 0;
    let actualText: string | null = null;
    const ops =
      /\/(\w+) [\d.]+ Tf|1 0 0 1 ([\d.-]+) ([\d.-]+) Tm|\[([^\]]*)\] TJ|\/ActualText \(((?:\\[\s\S]|[^\\)])*)\)|(EMC)/gu;
    for (const [, fontKey, tx, ty, array, actual, end] of content.matchAll(ops)) {
      if (actual !== undefined) actualText = pdfString(actual);
      else if (end) actualText = null;
      else if (fontKey) font = fonts.get(fontKey) ?? font;
      else if (tx) [x, y] = [Number(tx), Number(ty)];
      else {
        const glyphs = [...array!.matchAll(/<([0-9a-f]*)>/giu)].flatMap(
          (m) => m[1]!.match(/.{4}/gu)?.map((h) => parseInt(h, 16)) ?? [],
        );
        const units = glyphs.map((g) => font.toUnicode.get(g) ?? '');
        drawn.push({
          page,
          font: font.name,
          x,
          y,
          glyphs,
          units,
          text: units.join(''),
          actualText,
        });
      }
    }
  });
  return drawn;
}

/**
 * The drawn text line by line (top to bottom): as a reader copies it (a line's ActualText when it
 * has one), or as drawn, pieces left to right. Marks set off the baseline stay with their line.
 */
export function linesOf(
  drawn: readonly DrawnText[],
  read: 'copied' | 'visual' = 'copied',
  tolerance = 5,
): string[] {
  const rows: { page: number; y: number; pieces: DrawnText[] }[] = [];
  for (const d of [...drawn].sort((a, b) => a.page - b.page || b.y - a.y)) {
    const row = rows.at(-1);
    if (row && row.page === d.page && row.y - d.y < tolerance) row.pieces.push(d);
    else rows.push({ page: d.page, y: d.y, pieces: [d] });
  }
  return rows.map((r) => {
    const actual = r.pieces[0]!.actualText;
    if (read === 'copied' && actual !== null) return actual;
    return r.pieces
      .sort((a, b) => a.x - b.x)
      .map((d) => d.text)
      .join('');
  });
}
