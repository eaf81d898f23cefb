import { describe, expect, it } from 'vitest';
import type { CreateTextCommand, TextView } from '../../../core/texts/schemas.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { drawnText, linesOf, type DrawnText } from '../../testing/pdf-text.ts';
import { createdText, textsWorld, type TextsWorld } from '../../testing/texts-world.ts';

const t = sharedTestApp();

const text = (
  language: string,
  title: string,
  preamble: string,
  before: string,
  options: [string, string],
  after: string,
): CreateTextCommand => ({
  title,
  kind: 'joint_statement',
  language,
  label: 'draft',
  settings: { penholders: 'conveners', attribution: 'named', stanceVisibility: 'mediators' },
  provisions: [
    {
      part: 'preamble',
      heading: false,
      content: [{ type: 'agreed', text: preamble }],
      children: [],
    },
    {
      part: 'operative',
      heading: false,
      content: [
        { type: 'agreed', text: before },
        {
          type: 'bracket',
          options: options.map((o) => ({ kind: 'wording' as const, text: o })),
        },
        { type: 'agreed', text: after },
      ],
      children: [],
    },
  ],
});

async function exported(w: TextsWorld, input: CreateTextCommand) {
  const doc: TextView = await createdText(w, input);
  const res = await w.c.gov.get(`/api/texts/${doc.id}/revisions/1/export.pdf`);
  expect(res.statusCode, res.body).toBe(200);
  return drawnText(res.rawPayload);
}

const fontsOf = (drawn: DrawnText[]) => new Set(drawn.map((d) => d.font));
/** Glyph 0 is .notdef: a character the font could not draw. */
const undrawable = (drawn: DrawnText[]) => drawn.filter((d) => d.glyphs.includes(0));

describe('the PDF export in other scripts', () => {
  it('sets a Russian text in an embedded Cyrillic font, every character drawn', async () => {
    const w = await textsWorld(t);
    const drawn = await exported(
      w,
      text(
        'ru',
        'Совместное заявление Ирана, России и Турции',
        'Подтверждая свою приверженность суверенитету Сирийской Арабской Республики,',
        'Стороны решили создать трёхсторонний механизм',
        ['наблюдения за режимом прекращения огня', 'обеспечения полного соблюдения'],
        'с 30 декабря 2016 года.',
      ),
    );
    expect(fontsOf(drawn)).toEqual(
      new Set(['NotoSerif-Bold', 'NotoSerif-Italic', 'NotoSerif-Regular']),
    );
    expect(undrawable(drawn)).toEqual([]);
    const all = linesOf(drawn).join(' ');
    expect(all).toContain('Совместное заявление Ирана, России и Турции');
    expect(all).toContain('Подтверждая свою приверженность суверенитету');
    expect(all).toContain(
      '1. Стороны решили создать трёхсторонний механизм [наблюдения за режимом прекращения огня / обеспечения полного соблюдения] с 30 декабря 2016 года.',
    );
  });

  it('sets an Arabic text shaped, right to left, with numbers and Latin left to right', async () => {
    const w = await textsWorld(t);
    const drawn = await exported(
      w,
      text(
        'ar',
        'البيان المشترك لإيران وروسيا وتركيا',
        'إذ تؤكد التزامها بوحدة الجمهورية العربية السورية،',
        'تقرر الدول الضامنة إنشاء آلية ثلاثية',
        ['لمراقبة الامتثال الكامل', 'لضمان الامتثال'],
        'وفق القرار 2254 UN منذ 30 ديسمبر.',
      ),
    );
    expect(fontsOf(drawn)).toContain('NotoNaskhArabic-Regular');
    expect(fontsOf(drawn)).toContain('NotoNaskhArabic-Bold');
    expect(undrawable(drawn)).toEqual([]);
    const arabic = drawn.filter((d) => d.font.startsWith('NotoNaskhArabic'));
    // Only Arabic goes to the Arabic font (its dots and marks decode to nothing).
    expect(arabic.flatMap((d) => d.units).every((u) => /^[\u0600-\u06ff]*$/u.test(u))).toBe(true);
    // Shaped: joined letters take contextual forms, so one letter is drawn with several glyphs.
    const glyphsOf = new Map<string, Set<number>>();
    for (const d of arabic) {
      d.units.forEach((u, i) => {
        if (u !== '') glyphsOf.set(u, new Set([...(glyphsOf.get(u) ?? []), d.glyphs[i]!]));
      });
    }
    expect(Math.max(...[...glyphsOf.values()].map((g) => g.size))).toBeGreaterThan(1);
    // What a reader copies reads as written, letter for letter, numbers and Latin included.
    const copied = linesOf(drawn).join(' ');
    expect(copied).toContain('البيان المشترك لإيران وروسيا وتركيا');
    expect(copied).toContain(
      '1. تقرر الدول الضامنة إنشاء آلية ثلاثية [لمراقبة الامتثال الكامل / لضمان الامتثال] وفق',
    );
    expect(copied).toContain('2254 UN منذ 30 ديسمبر.');
    // Drawn right to left: the number at the right end, brackets mirrored, the words of each
    // line in reverse order, while digits and Latin keep theirs.
    const visual = linesOf(drawn, 'visual');
    const operative = visual.find((l) => l.endsWith(' .1'));
    expect(operative, JSON.stringify(visual)).toBeDefined();
    const at = (piece: string) => operative!.indexOf(piece);
    expect(at('[')).toBeGreaterThan(0);
    expect(at('[')).toBeLessThan(at(' / '));
    expect(at(' / ')).toBeLessThan(at(']'));
    expect(operative).toContain('UN 2254');
    expect(visual.join(' ')).not.toContain('4522');
  });
});
