// Myers' O(ND) difference algorithm, linear-space variant (middle snake, divide and conquer),
// over sequences of integers (tokens interned by the caller).

export type EditKind = 'equal' | 'insert' | 'delete';
/** A run of `length` tokens: equal (a[aStart…] = b[bStart…]), deleted from a, or inserted from b. */
export interface EditRun {
  kind: EditKind;
  aStart: number;
  bStart: number;
  length: number;
}

/** One diff in progress: its two sequences, the runs found so far and the middle-snake scratch. */
interface Diff {
  readonly a: ArrayLike<number>;
  readonly b: ArrayLike<number>;
  readonly runs: EditRun[];
  readonly v1: Int32Array;
  readonly v2: Int32Array;
}

/** A shortest edit script turning `a` into `b`, as runs in order. */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): EditRun[] {
  // Scratch arrays for the middle-snake search, sized for the whole problem once.
  const size = 2 * (a.length + b.length) + 4;
  const diff: Diff = { a, b, runs: [], v1: new Int32Array(size), v2: new Int32Array(size) };
  solve(diff, 0, a.length, 0, b.length);
  return diff.runs;
}

/** Adds a run, extending the last one when it continues it, so the script has maximal runs. */
function appendRun(
  runs: EditRun[],
  kind: EditKind,
  aStart: number,
  bStart: number,
  length: number,
) {
  if (length === 0) return;
  const last = runs.at(-1);
  if (
    last &&
    last.kind === kind &&
    last.aStart + (kind === 'insert' ? 0 : last.length) === aStart &&
    last.bStart + (kind === 'delete' ? 0 : last.length) === bStart
  ) {
    last.length += length;
  } else runs.push({ kind, aStart, bStart, length });
}

function solve(diff: Diff, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b, runs } = diff;
  // Common prefix and suffix need no search.
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
  appendRun(runs, 'equal', aLo, bLo, prefix);
  aLo += prefix;
  bLo += prefix;
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix])
    suffix++;
  aHi -= suffix;
  bHi -= suffix;

  if (aLo === aHi) appendRun(runs, 'insert', aLo, bLo, bHi - bLo);
  else if (bLo === bHi) appendRun(runs, 'delete', aLo, bLo, aHi - aLo);
  else {
    const split = middleSnake(diff, aLo, aHi, bLo, bHi);
    if (split) {
      solve(diff, aLo, split[0], bLo, split[1]);
      solve(diff, split[0], aHi, split[1], bHi);
    } else {
      appendRun(runs, 'delete', aLo, bLo, aHi - aLo);
      appendRun(runs, 'insert', aHi, bLo, bHi - bLo);
    }
  }
  appendRun(runs, 'equal', aHi, bHi, suffix);
}

/** Where a shortest path crosses the middle diagonal band (after Myers 1986, §4b). */
function middleSnake(
  diff: Diff,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
): [number, number] | null {
  const { a, b, v1, v2 } = diff;
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const limit = 2 * offset + 2;
  v1.fill(-1, 0, limit);
  v2.fill(-1, 0, limit);
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const i1 = offset + k1;
      let x1 = k1 === -d || (k1 !== d && v1[i1 - 1]! < v1[i1 + 1]!) ? v1[i1 + 1]! : v1[i1 - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      v1[i1] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const i2 = offset + delta - k1;
        if (i2 >= 0 && i2 < limit && v2[i2] !== -1 && x1 >= n - v2[i2]!)
          return [aLo + x1, bLo + y1];
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const i2 = offset + k2;
      let x2 = k2 === -d || (k2 !== d && v2[i2 - 1]! < v2[i2 + 1]!) ? v2[i2 + 1]! : v2[i2 - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - 1 - x2] === b[bHi - 1 - y2]) {
        x2++;
        y2++;
      }
      v2[i2] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const i1 = offset + delta - k2;
        if (i1 >= 0 && i1 < limit && v1[i1] !== -1) {
          const x1 = v1[i1]!;
          const y1 = offset + x1 - i1;
          if (x1 >= n - x2) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  return null;
}
