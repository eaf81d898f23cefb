// The PDF export (pdfkit). Text is set in Noto Serif (Latin, Greek, Cyrillic) and Noto Naskh
// Arabic, embedded as subsets, so texts in Arabic, Russian and the other languages of the talks
// print as written; lines are broken and ordered by `lines.ts`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { EditKind } from '../../../core/texts/diff.ts';
import { isRightToLeft, layoutParagraph, type Face, type Family, type Span } from './lines.ts';
import type { Printable } from './texts.ts';

const require = createRequire(import.meta.url);
const SERIF = '@expo-google-fonts/noto-serif';
const NASKH = '@expo-google-fonts/noto-naskh-arabic';
const FONT_FILES: Record<`${Family}-${Face}`, string> = {
  'serif-regular': `${SERIF}/400Regular/NotoSerif_400Regular.ttf`,
  'serif-bold': `${SERIF}/700Bold/NotoSerif_700Bold.ttf`,
  'serif-italic': `${SERIF}/400Regular_Italic/NotoSerif_400Regular_Italic.ttf`,
  'arabic-regular': `${NASKH}/400Regular/NotoNaskhArabic_400Regular.ttf`,
  'arabic-bold': `${NASKH}/700Bold/NotoNaskhArabic_700Bold.ttf`,
  // Naskh has no italic: Arabic in a preambular paragraph is set upright.
  'arabic-italic': `${NASKH}/400Regular/NotoNaskhArabic_400Regular.ttf`,
};
const fontData = new Map<string, Buffer>();
/** Read once per process; pdfkit embeds only the glyphs a document uses. */
const fontFile = (key: string, path: string) => {
  let data = fontData.get(key);
  if (!data) fontData.set(key, (data = readFileSync(require.resolve(path))));
  return data;
};

const COLORS: Record<EditKind, string> = { equal: 'black', insert: '#1F4E9A', delete: '#B00020' };

interface Box {
  x: number;
  width: number;
  size: number;
  direction: 'ltr' | 'rtl' | 'auto';
  center: boolean;
  color?: string;
  /** Start a new page when a line would cross the bottom margin (not for footers). */
  paginate: boolean;
}

/** Draws a paragraph from `doc.y` down and leaves `doc.y` under its last line. */
function paragraph(doc: PDFKit.PDFDocument, spans: Span[], box: Box) {
  const font = (family: Family, face: Face) => doc.font(`${family}-${face}`).fontSize(box.size);
  const { rtl, lines } = layoutParagraph(spans, {
    width: box.width,
    direction: box.direction,
    measure: (text, family, face) => font(family, face).widthOfString(text),
  });
  const lineHeight = box.size * 1.5;
  let y = doc.y;
  for (const line of lines) {
    if (box.paginate && y + lineHeight > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    let x = box.center
      ? box.x + (box.width - line.width) / 2
      : rtl
        ? box.x + box.width - line.width
        : box.x;
    // One baseline for both families: their ascenders differ, so tops would not line up.
    const baseline = y + box.size * 1.1;
    if (line.actualText !== null) doc.markContent('Span', { actual: line.actualText });
    for (const piece of line.pieces) {
      const color = box.color ?? COLORS[piece.change];
      font(piece.family, piece.face)
        .fillColor(color)
        .text(piece.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      // pdfkit places its own underline and strike-through from the top of the text, which an
      // alphabetic baseline moves: they are drawn here from the baseline instead.
      if (piece.change !== 'equal') {
        const at = baseline + box.size * (piece.change === 'insert' ? 0.15 : -0.3);
        doc
          .save()
          .moveTo(x, at)
          .lineTo(x + piece.width, at)
          .lineWidth(box.size / 16)
          .strokeColor(color)
          .stroke()
          .restore();
      }
      x += piece.width;
    }
    if (line.actualText !== null) doc.endMarkedContent();
    y += lineHeight;
  }
  doc.x = box.x;
  doc.y = y;
}

export function toPdf(p: Printable, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: p.language,
    info: { Title: p.title, Creator: 'Parley' },
  });
  for (const [key, path] of Object.entries(FONT_FILES)) doc.registerFont(key, fontFile(key, path));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const x = doc.page.margins.left;
  const width = doc.page.width - x - doc.page.margins.right;
  const direction = isRightToLeft(p.language) ? 'rtl' : 'ltr';
  const plain = (text: string, face: Face): Span[] => [{ text, face, change: 'equal' }];
  const heading = { x, width, center: true, paginate: true, direction: 'auto' } as const;
  paragraph(doc, plain(p.title, 'bold'), { ...heading, size: 15 });
  doc.y += 4;
  paragraph(doc, plain(p.subtitle, 'italic'), { ...heading, size: 10 });
  doc.y += 16;
  for (const para of p.paragraphs) {
    const face: Face = para.heading ? 'bold' : para.part === 'preamble' ? 'italic' : 'regular';
    const spans: Span[] = [
      ...(para.number ? plain(`${para.number}. `, face) : []),
      ...para.runs.map((r) => ({ text: r.text, face, change: r.change })),
    ];
    if (spans.length === 0) continue;
    const indent = para.depth * 20;
    paragraph(doc, spans, {
      x: direction === 'rtl' ? x : x + indent,
      width: width - indent,
      size: 11.5,
      direction,
      center: para.heading,
      paginate: true,
    });
    doc.y += 7;
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.y = doc.page.height - 54;
    paragraph(doc, plain(p.footer, 'regular'), {
      x,
      width,
      size: 7.5,
      direction: 'auto',
      center: true,
      color: '#444444',
      paginate: false,
    });
  }
  doc.end();
  return done;
}
