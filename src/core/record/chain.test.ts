import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, confidential, sealEvent, verifyChain, type RecordEvent } from './chain.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function chain(payloads: Record<string, unknown>[]): RecordEvent[] {
  const events: RecordEvent[] = [];
  for (const [i, payload] of payloads.entries()) {
    events.push(
      sealEvent(
        sha256,
        {
          at: `2017-01-23T0${i % 10}:00:00.000Z`,
          actorUserId: `u${i % 3}`,
          action: 'a.b',
          subjectKind: 'round',
          subjectId: `r${i}`,
          roundId: 'r',
          payload,
        },
        events.at(-1) ?? null,
      ),
    );
  }
  return events;
}
const headOf = (events: RecordEvent[]) =>
  events.length ? { seq: events.at(-1)!.seq, hash: events.at(-1)!.hash } : null;
const payloads = fc.array(
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
  { minLength: 2, maxLength: 12 },
);

describe('record hash chain', () => {
  it('hashes canonical JSON: key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('keeps confidential content out, as a digest', () => {
    const sealed = confidential(sha256, 'we will not come');
    expect(JSON.stringify(sealed)).not.toContain('come');
    expect(sealed.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies any untouched chain', () => {
    fc.assert(
      fc.property(payloads, (ps) => {
        const events = chain(ps);
        expect(verifyChain(sha256, events, headOf(events))).toMatchObject({
          ok: true,
          count: ps.length,
        });
      }),
    );
  });

  it('catches any edited field, naming that event', () => {
    const fields = [
      'at',
      'actorUserId',
      'action',
      'subjectKind',
      'subjectId',
      'roundId',
      'payload',
      'payloadDigest',
      'prevHash',
      'hash',
    ] as const;
    fc.assert(
      fc.property(payloads, fc.nat(), fc.constantFrom(...fields), (ps, pick, field) => {
        const events = chain(ps);
        const i = pick % events.length;
        const victim = { ...events[i]! };
        (victim as Record<string, unknown>)[field] =
          field === 'payload' ? { forged: true } : `${String(victim[field])}x`;
        events[i] = victim;
        expect(verifyChain(sha256, events, headOf(chain(ps)))).toMatchObject({
          ok: false,
          firstBadSeq: i + 1,
        });
      }),
    );
  });

  it('catches any deleted event, including the last', () => {
    fc.assert(
      fc.property(payloads, fc.nat(), (ps, pick) => {
        const events = chain(ps);
        const head = headOf(events);
        const i = pick % events.length;
        events.splice(i, 1);
        expect(verifyChain(sha256, events, head)).toMatchObject({ ok: false, firstBadSeq: i + 1 });
      }),
    );
  });

  it('catches any two events swapped', () => {
    fc.assert(
      fc.property(payloads, fc.nat(), (ps, pick) => {
        const events = chain(ps);
        const i = pick % (events.length - 1);
        [events[i], events[i + 1]] = [events[i + 1]!, events[i]!];
        expect(verifyChain(sha256, events, headOf(chain(ps)))).toMatchObject({
          ok: false,
          firstBadSeq: i + 1,
        });
      }),
    );
  });
});
