// Arbitraries and steps for the property tests of negotiating texts (fast-check).
import fc from 'fast-check';
import { DomainError } from '../errors.ts';
import { countingIds } from './texts.ts';
import { applyOperation, type Operation, type WordingLocation } from '../texts/operations.ts';
import {
  allProvisions,
  buildText,
  type TextDraft,
  type OptionInput,
  type ProvisionInput,
  type SegmentInput,
} from '../texts/structure.ts';
import type { Attribution, NegotiatingText } from '../texts/types.ts';
import { wordsOf } from '../texts/words.ts';

const settings = {
  penholders: 'mediator',
  attribution: 'named',
  stanceVisibility: 'mediators',
} as const;
export const input = (provisions: ProvisionInput[]): TextDraft => ({
  title: 'Text',
  kind: 'agreement',
  language: 'en',
  settings,
  provisions,
});
export const meta = { label: 'draft', issuedBy: 'un', issuedAt: new Date('2017-01-23T12:00:00Z') };

// ---- arbitraries: texts with few distinct words (so repeats abound) ----
const wording = fc
  .array(fc.constantFrom('the', 'parties', 'ceasefire', 'Syria', 'shall', 'a'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(' '));
const option: fc.Arbitrary<OptionInput> = fc.oneof(
  { weight: 4, arbitrary: wording.map((text) => ({ kind: 'wording' as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
);
const segment: fc.Arbitrary<SegmentInput> = fc.oneof(
  wording.map((text) => ({ type: 'agreed' as const, text })),
  fc
    .uniqueArray(option, {
      minLength: 1,
      maxLength: 3,
      selector: (o) => (o.kind === 'delete' ? '' : o.text),
    })
    .map((options) => ({ type: 'bracket' as const, options })),
);
const content = fc.array(segment, { minLength: 1, maxLength: 5 });
export const provisions: fc.Arbitrary<ProvisionInput[]> = fc
  .tuple(
    fc.array(content, { maxLength: 2 }),
    fc.array(
      fc.record({ content, heading: fc.boolean(), children: fc.array(content, { maxLength: 2 }) }),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([pre, ops]) => [
    ...pre.map((c) => ({ part: 'preamble' as const, content: c })),
    ...ops.map((o) => ({
      part: 'operative' as const,
      heading: o.heading,
      content: o.content,
      children: o.children.map((c) => ({ part: 'operative' as const, content: c })),
    })),
  ]);
export const aText = (prefix: string) =>
  provisions.map((p) => buildText(input(p), { roundId: 'r', by: 'un' }, countingIds(prefix)));

// ---- random operations, chosen against the current text ----
type Step = [number, number, number, number, string, boolean];
export const step: fc.Arbitrary<Step> = fc.tuple(
  fc.nat(9),
  fc.nat(999),
  fc.nat(999),
  fc.nat(999),
  wording,
  fc.boolean(),
);

function operationFor(text: NegotiatingText, [kind, i, j, k, words, flag]: Step): Operation | null {
  const all = [...allProvisions(text.provisions)];
  const p = all[i % all.length]!;
  const brackets = all.flatMap((q) => q.content.flatMap((s) => (s.type === 'bracket' ? [s] : [])));
  const agreedSegments = p.content.flatMap((s, index) =>
    s.type === 'agreed' ? [{ index, n: wordsOf(s.text).length }] : [],
  );
  const span = (n: number) => ({ start: j % n, end: (j % n) + 1 + (k % (n - (j % n))) });
  const bracket = brackets[j % Math.max(1, brackets.length)];
  const wordingOptions = bracket?.options.filter((o) => o.kind === 'wording') ?? [];
  const opt = wordingOptions[k % Math.max(1, wordingOptions.length)];
  let at: WordingLocation | null = null;
  let n = 0;
  if (kind <= 3) {
    const seg = agreedSegments[j % Math.max(1, agreedSegments.length)];
    if (kind === 3 || !flag) {
      if (!seg) return null;
      at = { in: 'agreed', provisionId: p.id, segment: seg.index };
      n = seg.n;
    } else {
      if (!bracket || !opt || opt.kind !== 'wording') return null;
      at = { in: 'option', bracketId: bracket.id, optionId: opt.id };
      n = wordsOf(opt.text).length;
    }
  }
  switch (kind) {
    case 0:
      return { op: 'replace_wording', at: at!, ...span(n), text: words };
    case 1:
      return { op: 'insert_wording', at: at!, position: k % (n + 1), text: words };
    case 2:
      return { op: 'delete_wording', at: at!, ...span(n) };
    case 3:
      return {
        op: 'add_bracket',
        at: at!,
        ...span(n),
        alternative: flag ? { kind: 'wording', text: words } : { kind: 'delete' },
      };
    case 4:
      return bracket
        ? {
            op: 'add_option',
            bracketId: bracket.id,
            option: flag ? { kind: 'wording', text: words } : { kind: 'delete' },
          }
        : null;
    case 5:
      return bracket
        ? {
            op: 'remove_option',
            bracketId: bracket.id,
            optionId: bracket.options[k % bracket.options.length]!.id,
          }
        : null;
    case 6:
    case 7:
      return bracket
        ? {
            op: 'resolve_bracket',
            bracketId: bracket.id,
            optionId: bracket.options[k % bracket.options.length]!.id,
          }
        : null;
    case 8: {
      const parent = flag && p.part === 'operative' ? p : null;
      const siblings = parent ? parent.children : text.provisions;
      return {
        op: 'add_provision',
        parentId: parent?.id ?? null,
        position: flag ? k % (siblings.length + 1) : siblings.length,
        provision: { part: 'operative', content: [{ type: 'agreed', text: words }] },
      };
    }
    default:
      return { op: 'remove_provision', provisionId: p.id };
  }
}

export function run(
  text: NegotiatingText,
  steps: Step[],
  onStep: (before: NegotiatingText, after: NegotiatingText, by: Attribution) => void,
) {
  const newId = countingIds('op');
  steps.forEach((s, n) => {
    const operation = operationFor(text, s);
    if (!operation) return;
    const by = { proposerId: `party-${n % 3}`, proposalId: `prop-${n}` };
    try {
      const after = applyOperation(text, operation, by, newId);
      onStep(text, after, by);
      text = after;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e; // refusals are fine; crashes are not
    }
  });
  return text;
}
