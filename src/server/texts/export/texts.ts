// Exports of a negotiating text's revision: DOCX (the `docx` package) and PDF (`pdfkit`, pdf.ts), clean or
// as a redline against an older revision. Numbered provisions, brackets and options in the
// customary style ([a / b]), insertions underlined, deletions struck through, and the SHA-256 of
// the canonical text in the footer (the adopted hash once adopted), so anyone can recompute it.
import { AlignmentType, Document, Footer, Packer, Paragraph, TextRun, UnderlineType } from 'docx';
import type { EditKind } from '../../../core/texts/diff.ts';
import { numberProvisions } from '../../../core/texts/numbering.ts';
import { redline, tokenText, tokensOf, type RedlineToken } from '../../../core/texts/redline.ts';
import { revisionName } from '../../../core/texts/revisions.ts';
import type { Revision } from '../../../core/texts/types.ts';
import { CANONICAL_FORMAT } from '../../../core/texts/adoption.ts';

interface PrintRun {
  text: string;
  change: EditKind;
}
interface PrintParagraph {
  number: string | null;
  depth: number;
  heading: boolean;
  part: 'preamble' | 'operative';
  runs: PrintRun[];
}
export interface Printable {
  title: string;
  subtitle: string;
  language: string;
  paragraphs: PrintParagraph[];
  footer: string;
}

const KIND_LABEL: Record<string, string> = {
  joint_statement: 'Joint statement',
  agreement: 'Agreement',
  terms_of_reference: 'Terms of reference',
  communique: 'Communiqué',
};

/** Tokens to runs in the customary style: "[a / b]", no space inside the brackets. */
function runsOf(pieces: readonly { change: EditKind; token: RedlineToken }[]): PrintRun[] {
  const runs: PrintRun[] = [];
  let previous: string | null = null;
  for (const { change, token } of pieces) {
    const text = tokenText(token, '(delete)');
    if (text === null) continue;
    const space = previous !== null && previous !== '[' && text !== ']' ? ' ' : '';
    previous = text;
    const last = runs.at(-1);
    if (last && last.change === change) {
      last.text += space + text;
      continue;
    }
    // The space between a change and its neighbours is plain: never underlined or struck.
    if (space && last) {
      if (last.change === 'equal') last.text += space;
      else runs.push({ text: space, change: 'equal' });
    }
    const tail = runs.at(-1);
    if (change === 'equal' && tail?.change === 'equal') tail.text += text;
    else runs.push({ text, change });
  }
  return runs;
}

export interface ExportInput {
  rev: Revision & { hash: string };
  /** The older revision, for a redline; null: clean text. */
  older: Revision | null;
  adopted: { hash: string; adoptedAt: Date | null; signatories: readonly string[] } | null;
  participantNames: ReadonlyMap<string, string>;
}

export function printable({ rev, older, adopted, participantNames }: ExportInput): Printable {
  const text = rev.text;
  let paragraphs: PrintParagraph[];
  if (older) {
    paragraphs = redline(older.text, text).provisions.map((p) => ({
      number: p.numberAfter ?? p.numberBefore,
      depth: p.depth,
      heading: p.heading,
      part: p.part,
      runs: runsOf(p.pieces),
    }));
  } else {
    paragraphs = numberProvisions(text).map(({ provision, number, depth }) => ({
      number,
      depth,
      heading: provision.heading,
      part: provision.part,
      runs: runsOf(tokensOf(provision.content).map((token) => ({ change: 'equal', token }))),
    }));
  }
  const name = `${revisionName(rev)} (${rev.label})`;
  const subtitle = older
    ? `${KIND_LABEL[text.kind] ?? text.kind} — redline of ${name} against ${revisionName(older)}: insertions underlined, deletions struck through`
    : `${KIND_LABEL[text.kind] ?? text.kind} — ${name}`;
  const footer =
    adopted && adopted.adoptedAt
      ? `Adopted ${adopted.adoptedAt.toISOString().slice(0, 10)} by ${adopted.signatories
          .map((id) => participantNames.get(id) ?? id)
          .join(', ')}. SHA-256 of the canonical text (${CANONICAL_FORMAT}): ${adopted.hash}`
      : `${revisionName(rev)}, not adopted. SHA-256 of the canonical text (${CANONICAL_FORMAT}): ${rev.hash}`;
  return { title: text.title, subtitle, language: text.language, paragraphs, footer };
}

// ---- DOCX ----

export async function toDocx(p: Printable): Promise<Buffer> {
  const body = p.paragraphs.map(
    (para) =>
      new Paragraph({
        alignment: para.heading ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        indent: { left: para.depth * 567 },
        spacing: { after: 160 },
        bidirectional: /^(ar|fa|he|ur)\b/u.test(p.language),
        children: [
          ...(para.number ? [new TextRun({ text: `${para.number}.\t` })] : []),
          ...para.runs.map(
            (r) =>
              new TextRun({
                text: r.text,
                bold: para.heading,
                italics: para.part === 'preamble' && !para.heading,
                ...(r.change === 'insert'
                  ? { underline: { type: UnderlineType.SINGLE }, color: '1F4E9A' }
                  : r.change === 'delete'
                    ? { strike: true, color: 'B00020' }
                    : {}),
              }),
          ),
        ],
      }),
  );
  const doc = new Document({
    title: p.title,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: p.footer, size: 16 })] })],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: p.title, bold: true, size: 28 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 360 },
            children: [new TextRun({ text: p.subtitle, italics: true })],
          }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export { toPdf } from './pdf.ts';
