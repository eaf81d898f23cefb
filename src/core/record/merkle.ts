// The record as a Merkle tree, hashed as RFC 9162 (Certificate Transparency 2.0) does: a leaf is
// SHA-256(0x00 ‖ data), an inner node SHA-256(0x01 ‖ left ‖ right), and a tree of n leaves splits
// at the largest power of two below n. A leaf's data is its event's chain hash, which already
// commits to every field of the event. An inclusion proof shows one event is in a tree of a given
// size and root without showing any other event.

/** SHA-256 over bytes; injected so the core stays free of platform APIs. */
export type HashBytes = (data: Uint8Array) => Uint8Array;

const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (byte) => parseInt(byte, 16));
export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function prefixed(prefix: number, ...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(1 + parts.reduce((n, p) => n + p.length, 0));
  out[0] = prefix;
  let at = 1;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const leafHash = (hash: HashBytes, eventHash: string) =>
  hash(prefixed(0x00, fromHex(eventHash)));
const nodeHash = (hash: HashBytes, left: Uint8Array, right: Uint8Array) =>
  hash(prefixed(0x01, left, right));

/**
 * Every level of the tree, leaves first. Pairing neighbours and carrying a lone last node up
 * unchanged builds exactly RFC 9162's tree (its split at the largest power of two below n).
 */
function levelsOf(hash: HashBytes, eventHashes: readonly string[]): Uint8Array[][] {
  const levels = [eventHashes.map((h) => leafHash(hash, h))];
  while (levels.at(-1)!.length > 1) {
    const below = levels.at(-1)!;
    const above: Uint8Array[] = [];
    for (let i = 0; i < below.length; i += 2)
      above.push(i + 1 < below.length ? nodeHash(hash, below[i]!, below[i + 1]!) : below[i]!);
    levels.push(above);
  }
  return levels;
}

/** The tree over a record's events (their chain hashes, in order): its root, and proofs from it. */
export function merkleTree(hash: HashBytes, eventHashes: readonly string[]) {
  const levels = levelsOf(hash, eventHashes);
  const size = eventHashes.length;
  return {
    size,
    /** The root hash (MTH); of an empty record, the hash of nothing. */
    root: toHex(size === 0 ? hash(new Uint8Array()) : levels.at(-1)![0]!),
    /** The audit path of the leaf at `index` (0-based), bottom up, as RFC 9162 orders it. */
    inclusionProof(index: number): string[] {
      if (!Number.isInteger(index) || index < 0 || index >= size)
        throw new Error(`no leaf ${index} in a tree of ${size}`);
      const path: string[] = [];
      let at = index;
      for (const level of levels.slice(0, -1)) {
        const sibling = at ^ 1;
        if (sibling < level.length) path.push(toHex(level[sibling]!));
        at >>= 1;
      }
      return path;
    },
  };
}

/** RFC 9162, 2.1.3.2: whether `proof` takes the leaf at `index` to `root` in a tree of `size`. */
export function verifyInclusion(
  hash: HashBytes,
  proof: { index: number; size: number; eventHash: string; path: readonly string[]; root: string },
): boolean {
  const { index, size, path } = proof;
  if (!Number.isInteger(index) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(hash, proof.eventHash);
  for (const step of path) {
    if (sn === 0) return false;
    const p = fromHex(step);
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(hash, p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else r = nodeHash(hash, r, p);
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && toHex(r) === proof.root;
}
