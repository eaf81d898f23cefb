import canonicalize from 'canonicalize';

/** SHA-256 as lowercase hex; injected so the core stays free of platform APIs. */
export type Sha256 = (data: string) => string;

export const GENESIS_HASH = '0'.repeat(64);

export interface RecordEventDraft {
  at: string;
  actorUserId: string | null;
  action: string;
  subjectKind: string;
  subjectId: string;
  roundId: string | null;
  /** Public facts only; confidential values must already be replaced by `confidential(...)`. */
  payload: Record<string, unknown>;
}

export interface RecordEvent extends RecordEventDraft {
  seq: number;
  payloadDigest: string;
  prevHash: string;
  hash: string;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalized');
  return text;
}

/** Confidential content enters the record only as a digest. */
export function confidential(sha256: Sha256, value: unknown): { digest: string } {
  return { digest: sha256(canonicalJson(value)) };
}

/** An event's chain hash: every field but its payload, which enters through its digest. */
export function hashOf(sha256: Sha256, e: Omit<RecordEvent, 'hash' | 'payload'>): string {
  return sha256(
    canonicalJson({
      seq: e.seq,
      at: e.at,
      actor: e.actorUserId,
      action: e.action,
      subject: { kind: e.subjectKind, id: e.subjectId },
      roundId: e.roundId,
      payloadDigest: e.payloadDigest,
      prevHash: e.prevHash,
    }),
  );
}

export function sealEvent(
  sha256: Sha256,
  draft: RecordEventDraft,
  previous: { seq: number; hash: string } | null,
): RecordEvent {
  const base = {
    ...draft,
    seq: (previous?.seq ?? 0) + 1,
    payloadDigest: sha256(canonicalJson(draft.payload)),
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...base, hash: hashOf(sha256, base) };
}

export type ChainVerdict =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; firstBadSeq: number; problem: string };

/**
 * Recomputes the chain in stored order. `head` is the separately kept last (seq, hash), so a
 * deleted tail is caught too.
 */
export function verifyChain(
  sha256: Sha256,
  events: readonly RecordEvent[],
  head: { seq: number; hash: string } | null,
): ChainVerdict {
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (const e of events) {
    const bad = (problem: string, at = e.seq): ChainVerdict => ({
      ok: false,
      count: events.length,
      firstBadSeq: at,
      problem,
    });
    // A gap or a swap is reported at the first position that does not hold the event it should.
    if (e.seq !== prev.seq + 1)
      return bad(
        `expected event ${prev.seq + 1}, found ${e.seq}: events missing or reordered`,
        prev.seq + 1,
      );
    if (e.prevHash !== prev.hash) return bad('previous-hash link broken');
    if (sha256(canonicalJson(e.payload)) !== e.payloadDigest)
      return bad('payload does not match its digest');
    if (hashOf(sha256, e) !== e.hash) return bad('event hash does not match its contents');
    prev = { seq: e.seq, hash: e.hash };
  }
  if (head && (head.seq !== prev.seq || head.hash !== prev.hash)) {
    return {
      ok: false,
      count: events.length,
      firstBadSeq: prev.seq + 1,
      problem: `record head names event ${head.seq}, chain ends at ${prev.seq}: events deleted`,
    };
  }
  return { ok: true, count: events.length, headHash: prev.hash };
}
