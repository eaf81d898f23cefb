// Property-based tests (fast-check) of the invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { countingIds } from '../testing/texts.ts';
import { numberProvisions } from './numbering.ts';
import { applyOperation, type Operation, type WordingLocation } from './operations.ts';
import type { Proposal } from './proposals.ts';
import { redline, tokensOf, type RedlineToken } from './redline.ts';
import { firstRevision, nextRevision } from './revisions.ts';
import {
  allProvisions,
  checkText,
  buildText,
  type TextDraft,
  type OptionInput,
  type ProvisionInput,
  type SegmentInput,
} from './structure.ts';
import type { Attribution, NegotiatingText } from './types.ts';
import { wordsOf } from './words.ts';

const settings = {
  penholders: 'mediator',
  attribution: 'named',
  stanceVisibility: 'mediators',
} as const;
const input = (provisions: ProvisionInput[]): TextDraft => ({
  title: 'Text',
  kind: 'agreement',
  language: 'en',
  settings,
  provisions,
});
const meta = { label: 'draft', issuedBy: 'un', issuedAt: new Date('2017-01-23T12:00:00Z') };

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
const provisions: fc.Arbitrary<ProvisionInput[]> = fc
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
const aText = (prefix: string) =>
  provisions.map((p) => buildText(input(p), { roundId: 'r', by: 'un' }, countingIds(prefix)));

// ---- random operations, chosen against the current text ----
type Step = [number, number, number, number, string, boolean];
const step: fc.Arbitrary<Step> = fc.tuple(
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

function run(
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

const options = (text: NegotiatingText) =>
  [...allProvisions(text.provisions)].flatMap((p) =>
    p.content.flatMap((s) => (s.type === 'bracket' ? s.options : [])),
  );

/** Equal + deleted pieces give the older provision's tokens; equal + inserted the newer's. */
function checkReconstruction(before: NegotiatingText, after: NegotiatingText) {
  const r = redline(before, after);
  const side = (kind: 'delete' | 'insert') =>
    new Map(
      r.provisions.map((p) => [
        p.provisionId,
        p.pieces.filter((x) => x.change === 'equal' || x.change === kind).map((x) => x.token),
      ]),
    );
  const older = side('delete');
  const newer = side('insert');
  for (const p of allProvisions(before.provisions))
    expect(older.get(p.id)).toEqual(tokensOf(p.content));
  for (const p of allProvisions(after.provisions))
    expect(newer.get(p.id)).toEqual(tokensOf(p.content));
  const words = (tokens: RedlineToken[]) => tokens.filter((t) => t.t === 'word').length;
  const count = (t: NegotiatingText) =>
    [...allProvisions(t.provisions)].reduce((s, p) => s + words(tokensOf(p.content)), 0);
  // Nothing disappears: every word of the older text is either kept or shown deleted.
  expect(count(before) - r.deleted + r.inserted).toBe(count(after));
}

describe('properties', () => {
  it('(b) every deletion appears: a redline gives back both texts, for any two texts', () => {
    fc.assert(
      fc.property(aText('a'), aText('a'), (a, b) => checkReconstruction(a, b)),
      { numRuns: 200 },
    );
  });

  it('(b) …and for a text and any sequence of operations on it', () => {
    fc.assert(
      fc.property(aText('t'), fc.array(step, { maxLength: 25 }), (text, steps) => {
        checkReconstruction(
          text,
          run(text, steps, () => {}),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('(c) no option loses its attribution, and every operation keeps the text well-formed', () => {
    fc.assert(
      fc.property(aText('t'), fc.array(step, { maxLength: 40 }), (text, steps) => {
        const seen = new Map(options(text).map((o) => [o.id, [o.proposerId, o.proposalId]]));
        run(text, steps, (_before, after, by) => {
          checkText(after);
          for (const o of options(after)) {
            const known = seen.get(o.id);
            if (known) expect([o.proposerId, o.proposalId]).toEqual(known);
            else {
              // New options belong to the operation's author, or (bracketing) to nobody: the
              // wording that stood in the text.
              expect([
                [by.proposerId, by.proposalId],
                [null, null],
              ]).toContainEqual([o.proposerId, o.proposalId]);
              seen.set(o.id, [o.proposerId, o.proposalId]);
            }
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('(a) taking proposals into a revision, then diffing, shows exactly those changes', () => {
    // Every word unique, so the expected redline is unambiguous.
    const uniqueText = provisions.map((ps) => {
      let n = 0;
      const fresh = (text: string) =>
        wordsOf(text)
          .map(() => `w${++n}`)
          .join(' ');
      const relabel = (p: ProvisionInput): ProvisionInput => ({
        ...p,
        content: p.content.map((s) =>
          s.type === 'agreed'
            ? { type: 'agreed', text: fresh(s.text) }
            : {
                type: 'bracket',
                options: s.options.map((o) =>
                  o.kind === 'delete' ? o : { kind: 'wording', text: fresh(o.text) },
                ),
              },
        ),
        children: (p.children ?? []).map(relabel),
      });
      return buildText(input(ps.map(relabel)), { roundId: 'r', by: 'un' }, countingIds('u'));
    });
    const edit = fc.tuple(
      fc.constantFrom(0, 1, 2),
      fc.nat(999),
      fc.nat(999),
      fc.nat(999),
      fc.integer({ min: 1, max: 4 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(uniqueText, fc.array(edit, { maxLength: 12 }), (text, edits) => {
        const rev1 = firstRevision(text, meta);
        const all = [...allProvisions(text.provisions)];
        const expected = new Map<string, { inserted: string[]; deleted: string[] }>();
        const proposals: Proposal[] = [];
        let fresh = 0;
        edits.forEach(([kind, i, j, k, count, inOption]) => {
          const p = all[i % all.length]!;
          if (expected.has(p.id)) return; // one proposal per provision: no conflicts
          const targets = p.content.flatMap<{ at: WordingLocation; words: string[] }>((s, index) =>
            s.type === 'agreed'
              ? [
                  {
                    at: { in: 'agreed' as const, provisionId: p.id, segment: index },
                    words: wordsOf(s.text),
                  },
                ]
              : s.options.flatMap((o) =>
                  o.kind === 'wording'
                    ? [
                        {
                          at: { in: 'option' as const, bracketId: s.id, optionId: o.id },
                          words: wordsOf(o.text),
                        },
                      ]
                    : [],
                ),
          );
          const choices = targets.filter((t) => (t.at.in === 'option') === inOption);
          const target = (choices.length ? choices : targets)[j % targets.length] ?? targets[0];
          if (!target) return;
          const n = target.words.length;
          const start = k % n;
          const end = start + 1 + (j % (n - start));
          const newWords = Array.from({ length: count }, () => `new${++fresh}`);
          let operation: Operation;
          let deleted: string[] = [];
          let inserted: string[] = [];
          if (kind === 0) {
            operation = {
              op: 'replace_wording',
              at: target.at,
              start,
              end,
              text: newWords.join(' '),
            };
            [deleted, inserted] = [target.words.slice(start, end), newWords];
          } else if (kind === 1) {
            operation = {
              op: 'insert_wording',
              at: target.at,
              position: start,
              text: newWords.join(' '),
            };
            inserted = newWords;
          } else {
            if (target.at.in === 'option' && end - start === n) return; // an option keeps its wording
            if (target.at.in === 'agreed' && end - start === n && p.content.length === 1) return;
            operation = { op: 'delete_wording', at: target.at, start, end };
            deleted = target.words.slice(start, end);
          }
          expected.set(p.id, { inserted, deleted });
          proposals.push({
            id: `prop-${proposals.length + 1}`,
            textId: text.id,
            proposerId: 'gov',
            basedOnRevision: 1,
            operation,
            rationale: '',
          });
        });
        const rev2 = nextRevision(
          rev1,
          { basedOnRevision: 1, proposals, cleanings: [] },
          { ...meta, label: 'Rev.2' },
          countingIds('r2'),
        );
        const r = redline(rev1.text, rev2.text);
        for (const pr of r.provisions) {
          const words = (kind: 'insert' | 'delete') =>
            pr.pieces
              .filter((x) => x.change === kind && x.token.t === 'word')
              .map((x) => (x.token as { text: string }).text);
          const nonWords = pr.pieces.filter((x) => x.change !== 'equal' && x.token.t !== 'word');
          const want = expected.get(pr.provisionId) ?? { inserted: [], deleted: [] };
          expect({ inserted: words('insert'), deleted: words('delete') }).toEqual(want);
          expect(nonWords).toEqual([]);
          expect(pr.change).toBe(
            want.inserted.length + want.deleted.length > 0 ? 'changed' : 'unchanged',
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(d) numbering is dense, unique, and stable under wording changes and later removals', () => {
    const leaf = fc.record({ heading: fc.boolean(), children: fc.constant([]) });
    const mid = fc.record({ heading: fc.boolean(), children: fc.array(leaf, { maxLength: 3 }) });
    const top = fc.record({ heading: fc.boolean(), children: fc.array(mid, { maxLength: 3 }) });
    type Shape = { heading: boolean; children: readonly Shape[] };
    const build = (s: Shape): ProvisionInput => ({
      part: 'operative',
      heading: s.heading,
      content: [{ type: 'agreed', text: 'x' }],
      children: s.children.map(build),
    });
    fc.assert(
      fc.property(
        fc.nat(3),
        fc.array(top, { minLength: 1, maxLength: 6 }),
        fc.nat(999),
        (preamble, shapes, pick) => {
          const text = buildText(
            input([
              ...Array.from({ length: preamble }, () => ({
                part: 'preamble' as const,
                content: [{ type: 'agreed' as const, text: 'Recalling' }],
              })),
              ...shapes.map(build),
            ]),
            { roundId: 'r', by: 'un' },
            countingIds(),
          );
          const numbered = numberProvisions(text);
          const numbers = numbered.flatMap((n) => (n.number === null ? [] : [n.number]));
          const set = new Set(numbers);
          expect(set.size).toBe(numbers.length);
          expect(numbers.length).toBe(
            numbered.filter((n) => n.provision.part === 'operative' && !n.provision.heading).length,
          );
          for (const number of numbers) {
            const parts = number.split('.').map(Number);
            const last = parts.at(-1)!;
            const prefix = parts.slice(0, -1).join('.');
            expect(last).toBeGreaterThanOrEqual(1);
            if (last > 1) expect(set).toContain(prefix ? `${prefix}.${last - 1}` : `${last - 1}`);
            if (prefix) expect(set).toContain(prefix);
          }
          for (const n of numbered.filter((x) => x.provision.part === 'preamble'))
            expect(n.number).toBeNull();
          // Stable: wording changes never renumber; removing a provision keeps earlier numbers.
          const target = numbered[pick % numbered.length]!.provision;
          const reworded = applyOperation(
            text,
            {
              op: 'insert_wording',
              at: { in: 'agreed', provisionId: target.id, segment: 0 },
              position: 0,
              text: 'new',
            },
            { proposerId: 'gov', proposalId: null },
            countingIds('n'),
          );
          expect(numberProvisions(reworded).map((n) => n.number)).toEqual(
            numbered.map((n) => n.number),
          );
          if (text.provisions.length > 1 || numbered.length > 1) {
            try {
              const removed = applyOperation(
                text,
                { op: 'remove_provision', provisionId: target.id },
                { proposerId: 'gov', proposalId: null },
                countingIds('n'),
              );
              const at = numbered.findIndex((n) => n.provision.id === target.id);
              expect(
                numberProvisions(removed)
                  .slice(0, at)
                  .map((n) => n.number),
              ).toEqual(numbered.slice(0, at).map((n) => n.number));
            } catch (e) {
              expect(e).toBeInstanceOf(DomainError); // the last top-level provision stays
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
