import { describe, expect, it } from 'vitest';
import { layoutParagraph, type Line, type Span } from './lines.ts';

// One point per character: widths are the characters' count.
const measure = (text: string) => [...text].length;
const plain = (text: string): Span => ({ text, face: 'regular', change: 'equal' });
const drawn = (line: Line) => line.pieces.map((p) => p.text).join('|');
const reversed = (s: string) => [...s].reverse().join('');

describe('laying out a paragraph for the PDF', () => {
  it('breaks lines between words, a long word alone on its line', () => {
    const { rtl, lines } = layoutParagraph([plain('one two three fourteen-letters x')], {
      width: 9,
      direction: 'ltr',
      measure,
    });
    expect(rtl).toBe(false);
    expect(lines.map(drawn)).toEqual(['one two', 'three', 'fourteen-letters', 'x']);
    expect(lines.map((l) => l.actualText)).toEqual([null, null, null, null]);
  });

  it('keeps styled runs apart and lays Cyrillic out like Latin', () => {
    const { lines } = layoutParagraph(
      [plain('Стороны '), { text: '[решили', face: 'regular', change: 'insert' }, plain(' всё.')],
      { width: 100, direction: 'ltr', measure },
    );
    expect(lines.map(drawn)).toEqual(['Стороны |[решили| всё.']);
    expect(lines[0]!.pieces.map((p) => p.change)).toEqual(['equal', 'insert', 'equal']);
  });

  it('orders an Arabic line right to left, digits and Latin left to right, brackets mirrored', () => {
    const { rtl, lines } = layoutParagraph([plain('1. تقرر الدول [إنشاء آلية] منذ 2016 UN')], {
      width: 100,
      direction: 'rtl',
      measure,
    });
    expect(rtl).toBe(true);
    const [line] = lines;
    // Visual order, left to right, each Arabic word as its letters stand from the left: the
    // Latin and the year first (each its own left-to-right run), mirrored brackets, the number last.
    const visual = line!.pieces.map((p) => (p.family === 'arabic' ? reversed(p.text) : p.text));
    const r = reversed;
    expect(visual.join('')).toBe(
      `UN 2016 ${r('منذ')} [${r('آلية')} ${r('إنشاء')}] ${r('الدول')} ${r('تقرر')} .1`,
    );
    // Arabic pieces go to the Arabic font in the order they are written, for the shaper to join.
    expect(line!.pieces.filter((p) => p.family === 'arabic').map((p) => p.text)).toEqual([
      'منذ',
      'آلية',
      'إنشاء',
      'الدول',
      'تقرر',
    ]);
    expect(line!.actualText).toBe('1. تقرر الدول [إنشاء آلية] منذ 2016 UN');
  });

  it('breaks an Arabic paragraph into lines in the order it is read', () => {
    const { lines } = layoutParagraph([plain('واحد اثنان ثلاثة أربعة')], {
      width: 11,
      direction: 'auto',
      measure,
    });
    expect(lines.map((l) => l.actualText)).toEqual(['واحد اثنان', 'ثلاثة أربعة']);
    expect(lines[0]!.pieces.map((p) => p.text)).toEqual(['اثنان', ' ', 'واحد']);
  });
});
