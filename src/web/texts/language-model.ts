import type { TranslatedProvisionInput, VersionProvisionData } from './language-api.ts';
import type { ProvisionData, SegmentData } from './api.ts';

/** A language's name in the reader's language ("Russian", "الروسية"); the tag itself if unknown. */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** One input of the version form: an agreed segment, or one wording option of a bracket. */
export type VersionField =
  | { key: string; kind: 'agreed'; segment: number }
  | { key: string; kind: 'option'; segment: number; bracket: number; option: number }
  | { key: string; kind: 'delete'; segment: number; bracket: number; option: number };

/** The fields a provision's wording is typed in: the revision's segments and options, in order. */
export function fieldsOf(p: Pick<ProvisionData, 'id' | 'content'>): VersionField[] {
  const fields: VersionField[] = [];
  let bracket = 0;
  p.content.forEach((s, segment) => {
    if (s.type === 'agreed') {
      fields.push({ key: `${p.id}/${segment}`, kind: 'agreed', segment });
      return;
    }
    bracket += 1;
    s.options.forEach((o, option) => {
      fields.push({
        key: `${p.id}/${segment}/${option}`,
        kind: o.kind === 'delete' ? 'delete' : 'option',
        segment,
        bracket,
        option: option + 1,
      });
    });
  });
  return fields;
}

function sameShape(a: readonly SegmentData[], b: readonly SegmentData[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const u = b[i]!;
      if (s.type === 'agreed' || u.type === 'agreed') return s.type === u.type;
      return (
        s.options.length === u.options.length &&
        s.options.every((o, j) => o.kind === u.options[j]!.kind)
      );
    })
  );
}

/**
 * The fields' starting values: the version's current wording wherever it still fits the revision's
 * segments one to one; empty otherwise (the form shows the earlier wording beside them).
 */
export function prefill(
  original: Pick<ProvisionData, 'id' | 'content'>,
  version: Pick<VersionProvisionData, 'content'> | undefined,
): Record<string, string> {
  const values: Record<string, string> = {};
  const content = version?.content;
  const fits = content != null && sameShape(original.content, content);
  for (const f of fieldsOf(original)) {
    if (f.kind === 'delete') continue;
    const s = fits ? content[f.segment]! : undefined;
    values[f.key] =
      s === undefined
        ? ''
        : s.type === 'agreed'
          ? s.text
          : (s.options[f.kind === 'option' ? f.option - 1 : 0]?.text ?? '');
  }
  return values;
}

/** The command's provision tree, from the revision's flat list and the typed values. */
export function translationTree(
  provisions: readonly ProvisionData[],
  value: (key: string) => string,
): TranslatedProvisionInput[] {
  const node = (p: ProvisionData): TranslatedProvisionInput => ({
    id: p.id,
    content: p.content.map((s, segment) =>
      s.type === 'agreed'
        ? { type: 'agreed', text: value(`${p.id}/${segment}`) }
        : {
            type: 'bracket',
            options: s.options.map((o, option) =>
              o.kind === 'delete'
                ? { kind: 'delete' as const }
                : { kind: 'wording' as const, text: value(`${p.id}/${segment}/${option}`) },
            ),
          },
    ),
    children: provisions.filter((c) => c.parentId === p.id).map(node),
  });
  return provisions.filter((p) => p.parentId === null).map(node);
}
