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
import { allProvisions, checkText, buildText, type ProvisionInput } from './structure.ts';
import type { NegotiatingText } from './types.ts';
import { wordsOf } from './words.ts';
import { aText, input, meta, provisions, run, step } from '../testing/text-arbitraries.ts';

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
