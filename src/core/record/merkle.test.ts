import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafHash, merkleTree, toHex, verifyInclusion, type HashBytes } from './merkle.ts';

const sha: HashBytes = (data) => new Uint8Array(createHash('sha256').update(data).digest());
const eventHash = (i: number) => createHash('sha256').update(`event ${i}`).digest('hex');
const hashes = (n: number) => Array.from({ length: n }, (_, i) => eventHash(i));

// RFC 9162, 2.1.1 and 2.1.3.1, written as the RFC defines them (recursively), to check the
// level-by-level tree against.
const node = (l: Uint8Array, r: Uint8Array) => sha(new Uint8Array([1, ...l, ...r]));
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1));
function mth(d: string[]): Uint8Array {
  if (d.length === 0) return sha(new Uint8Array());
  if (d.length === 1) return leafHash(sha, d[0]!);
  const k = split(d.length);
  return node(mth(d.slice(0, k)), mth(d.slice(k)));
}
function path(m: number, d: string[]): string[] {
  if (d.length === 1) return [];
  const k = split(d.length);
  return m < k
    ? [...path(m, d.slice(0, k)), toHex(mth(d.slice(k)))]
    : [...path(m - k, d.slice(k)), toHex(mth(d.slice(0, k)))];
}

describe('the record as a Merkle tree', () => {
  it('hashes an empty tree as the hash of nothing', () => {
    expect(merkleTree(sha, []).root).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it.each([1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33])(
    'builds RFC 9162’s root and audit paths for %i leaves',
    (n) => {
      const d = hashes(n);
      const tree = merkleTree(sha, d);
      expect(tree.root).toBe(toHex(mth(d)));
      for (let m = 0; m < n; m++) expect(tree.inclusionProof(m)).toEqual(path(m, d));
    },
  );

  it('proves every leaf of any tree, and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), (n, pick) => {
        const d = hashes(n);
        const tree = merkleTree(sha, d);
        const index = pick % n;
        const proof = {
          index,
          size: n,
          eventHash: d[index]!,
          path: tree.inclusionProof(index),
          root: tree.root,
        };
        expect(verifyInclusion(sha, proof)).toBe(true);
        expect(verifyInclusion(sha, { ...proof, eventHash: eventHash(n + 1) })).toBe(false);
        expect(verifyInclusion(sha, { ...proof, index: (index + 1) % n })).toBe(n === 1);
        expect(verifyInclusion(sha, { ...proof, root: merkleTree(sha, hashes(n + 1)).root })).toBe(
          false,
        );
        if (proof.path.length > 0)
          expect(verifyInclusion(sha, { ...proof, path: proof.path.slice(1) })).toBe(false);
      }),
    );
  });

  it('refuses a leaf outside the tree', () => {
    expect(() => merkleTree(sha, hashes(3)).inclusionProof(3)).toThrow();
    const proof = { index: 3, size: 3, eventHash: eventHash(0), path: [], root: '' };
    expect(verifyInclusion(sha, proof)).toBe(false);
  });
});
