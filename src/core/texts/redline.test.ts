import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences } from './diff.ts';
import { astana, countingIds, provisionAt } from '../testing/texts.ts';
import { applyOperation } from './operations.ts';
import { redline, renderRedline, renderTokens, tokensOf } from './redline.ts';

const by = { proposerId: 'opp', proposalId: 'p1' };

/** Reads both sequences back from the edit runs. */
function replay(a: readonly number[], b: readonly number[]) {
  const runs = diffSequences(a, b);
  const fromA: number[] = [];
  const fromB: number[] = [];
  let edits = 0;
  for (const r of runs) {
    for (let k = 0; k < r.length; k++) {
      if (r.kind === 'equal') {
        expect(a[r.aStart + k]).toBe(b[r.bStart + k]);
        fromA.push(a[r.aStart + k]!);
        fromB.push(b[r.bStart + k]!);
      } else if (r.kind === 'delete') fromA.push(a[r.aStart + k]!);
      else fromB.push(b[r.bStart + k]!);
    }
    if (r.kind !== 'equal') edits += r.length;
  }
  return { fromA, fromB, edits };
}

function lcsLength(a: readonly number[], b: readonly number[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] =
        a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
  return dp[a.length]![b.length]!;
}

describe('Myers diff', () => {
  it.each([
    [[], [], 0],
    [[1, 2, 3], [1, 2, 3], 0],
    [[], [1, 2], 2],
    [[1, 2], [], 2],
    [[1, 2, 3], [1, 3], 1],
    [[1, 3], [1, 2, 3], 1],
    [[1, 2, 3, 4], [5, 6], 6],
    [[1, 2, 3, 1, 2, 2, 1], [3, 2, 1, 2, 1, 3], 5], // Myers' paper: ABCABBA → CBABAC
  ])('%j → %j in %i edits', (a, b, d) => {
    const { fromA, fromB, edits } = replay(a, b);
    expect([fromA, fromB, edits]).toEqual([a, b, d]);
  });

  it('gives back both sequences and a shortest edit script', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const { fromA, fromB, edits } = replay(a, b);
        expect(fromA).toEqual(a);
        expect(fromB).toEqual(b);
        expect(edits).toBe(a.length + b.length - 2 * lcsLength(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('handles long sequences with few changes and with many', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => i % 97);
    const b = [...a.slice(0, 5_000), 1000, ...a.slice(5_010, 15_000), ...a.slice(15_001)];
    expect(replay(a, b).edits).toBe(12);
    const c = Array.from({ length: 3_000 }, (_, i) => (i * 7919) % 13);
    const d = Array.from({ length: 3_000 }, (_, i) => (i * 104729) % 11);
    const r = replay(c, d);
    expect([r.fromA, r.fromB]).toEqual([c, d]);
  });
});

describe('redline', () => {
  const base = astana();
  const p2 = provisionAt(base, 2);
  const p3 = provisionAt(base, 3);

  it('shows word-level insertions and deletions, struck words kept', () => {
    const after = applyOperation(
      base,
      {
        op: 'replace_wording',
        at: { in: 'agreed', provisionId: p2.id, segment: 0 },
        start: 5,
        end: 8,
        text: 'full sovereignty and',
      },
      by,
      countingIds('n'),
    );
    const r = redline(base, after);
    expect(r.provisions.map((p) => p.change)).toEqual([
      'unchanged',
      'unchanged',
      'changed',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(renderRedline(r.provisions[2]!)).toBe(
      'Reaffirm their commitment to the {-sovereignty, independence, unity-} {+full sovereignty and+} and territorial integrity of the Syrian Arab Republic;',
    );
    expect([r.inserted, r.deleted]).toEqual([3, 3]);
  });

  it('shows options added, removed and brackets cleaned, with the proposer on each option', () => {
    const [bracket] = p3.content.filter((s) => s.type === 'bracket');
    if (bracket?.type !== 'bracket') throw new Error('fixture');
    const added = applyOperation(
      base,
      { op: 'add_option', bracketId: bracket.id, option: { kind: 'delete' } },
      by,
      countingIds('n'),
    );
    const r = redline(base, added);
    expect(renderRedline(r.provisions[3]!)).toBe(
      'Decide to [establish a trilateral mechanism / consider establishing a mechanism {+/ (delete)+} ] to observe and ensure full compliance with the ceasefire;',
    );
    const inserted = r.provisions[3]!.pieces.filter((p) => p.change === 'insert').map(
      (p) => p.token,
    );
    expect(inserted).toContainEqual(
      expect.objectContaining({ t: 'option', proposerId: 'opp', proposalId: 'p1' }),
    );

    const cleaned = applyOperation(
      base,
      { op: 'resolve_bracket', bracketId: bracket.id, optionId: bracket.options[1]!.id },
      by,
      countingIds('n'),
    );
    expect(renderRedline(redline(base, cleaned).provisions[3]!)).toBe(
      'Decide to {-[establish a trilateral mechanism /-} consider establishing a mechanism {-]-} to observe and ensure full compliance with the ceasefire;',
    );
  });

  it('shows provisions added and removed whole, in place, with their numbers', () => {
    let after = applyOperation(
      base,
      { op: 'remove_provision', provisionId: p3.id },
      by,
      countingIds('n'),
    );
    after = applyOperation(
      after,
      {
        op: 'add_provision',
        parentId: null,
        position: 2,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'Note the ceasefire.' }],
        },
      },
      by,
      countingIds('m'),
    );
    const r = redline(base, after);
    expect(r.provisions.map((p) => [p.change, p.numberBefore, p.numberAfter])).toEqual([
      ['unchanged', null, null],
      ['unchanged', null, null],
      ['added', null, '1'],
      ['unchanged', '1', '2'],
      ['removed', '2', null],
      ['removed', '2.1', null],
      ['unchanged', '3', '3'],
    ]);
    expect(renderRedline(r.provisions[5]!)).toBe('{-The mechanism reports to the guarantors;-}');
    expect(renderRedline(r.provisions[2]!)).toBe('{+Note the ceasefire.+}');
    expect(r.deleted).toBe(tokensOf(p3.content).filter((t) => t.t === 'word').length + 6);
  });

  it('flags a provision moved under another parent as restructured', () => {
    const child = provisionAt(base, 3, 0);
    let after = applyOperation(
      base,
      { op: 'remove_provision', provisionId: child.id },
      by,
      countingIds('n'),
    );
    after = { ...after, provisions: [...after.provisions, child] };
    const moved = redline(base, after).provisions.find((p) => p.provisionId === child.id)!;
    expect([moved.change, moved.restructured, moved.numberBefore, moved.numberAfter]).toEqual([
      'changed',
      true,
      '2.1',
      '4',
    ]);
  });

  it.each([
    ['¶3 up before ¶2', [0, 1, 2, 4, 3], ['id-10']],
    ['¶1 down to the end', [0, 1, 3, 4, 2], ['id-4']],
    ['the two preambular paragraphs swapped', [1, 0, 2, 3, 4], ['id-3']],
    ['nothing moved', [0, 1, 2, 3, 4], []],
  ])('flags provisions moved out of order, not those merely renumbered: %s', (_, order, moved) => {
    const after = { ...base, provisions: order.map((i) => base.provisions[i]!) };
    const r = redline(base, after);
    expect(r.provisions.filter((p) => p.moved).map((p) => p.provisionId)).toEqual(moved);
    for (const p of r.provisions) expect(p.change).toBe(p.moved ? 'changed' : 'unchanged');
    // A provision added before the others renumbers them without moving them.
    const added = applyOperation(
      after,
      {
        op: 'add_provision',
        parentId: null,
        position: 2,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'First.' }] },
      },
      by,
      countingIds('n'),
    );
    expect(redline(after, added).provisions.filter((p) => p.moved)).toEqual([]);
  });

  it('renders the customary bracket notation', () => {
    expect(renderTokens(tokensOf(provisionAt(base, 4).content))).toBe(
      'Support the resumption of negotiations in Geneva [on 8 February 2017 / (delete)] under the auspices of the United Nations.',
    );
  });
});
