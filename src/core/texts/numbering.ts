import type { NegotiatingText, Provision } from './types.ts';

export interface NumberedProvision {
  provision: Provision;
  /** "1", "2", "2.1" …; null for preambular paragraphs and headings (customary UN style). */
  number: string | null;
  depth: number;
  parentId: string | null;
}

/**
 * Provisions in document order with their computed numbers. Operative paragraphs are numbered
 * 1, 2, … and their sub-paragraphs 2.1, 2.2, …; preambular paragraphs are unnumbered; a heading
 * is unnumbered and its paragraphs continue the numbering around it (UN documents number
 * paragraphs straight through their headings). Numbers depend on the structure only.
 */
export function numberProvisions(text: Pick<NegotiatingText, 'provisions'>): NumberedProvision[] {
  const out: NumberedProvision[] = [];
  const visit = (
    list: readonly Provision[],
    prefix: string,
    counter: { n: number },
    depth: number,
    parentId: string | null,
  ) => {
    for (const p of list) {
      if (p.part === 'preamble' || p.heading) {
        out.push({ provision: p, number: null, depth, parentId });
        visit(p.children, prefix, counter, depth + 1, p.id);
      } else {
        counter.n += 1;
        const number = `${prefix}${counter.n}`;
        out.push({ provision: p, number, depth, parentId });
        visit(p.children, `${number}.`, { n: 0 }, depth + 1, p.id);
      }
    }
  };
  visit(text.provisions, '', { n: 0 }, 0, null);
  return out;
}
