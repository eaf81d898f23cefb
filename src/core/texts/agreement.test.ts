import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, openAdoption, sign, textHash, verifyAdoption } from './adoption.ts';
import { astana, codeOf, countingIds, provisionAt } from '../testing/texts.ts';
import { allProvisions } from './structure.ts';
import { carryOverStances, provisionState, setStance, summarize, textState } from './stances.ts';
import { firstRevision, nextRevision } from './revisions.ts';
import type { ProvisionStance, Revision } from './types.ts';
import { TEXT_STANCES, type TextStance } from './vocabulary.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const at = new Date('2017-01-24T10:00:00Z');
const parties = ['gov', 'opp'];
const meta = { label: 'draft', issuedBy: 'ru', issuedAt: at };
const rev1 = firstRevision(astana(), meta);
const ids = [...allProvisions(rev1.text.provisions)].map((p) => p.id);
const p2 = provisionAt(rev1.text, 2).id;
const p3 = provisionAt(rev1.text, 3);

/** A clean revision: both brackets cleaned. */
const bracketsOf = (r: Revision) =>
  [...allProvisions(r.text.provisions)].flatMap((p) =>
    p.content.flatMap((s) => (s.type === 'bracket' ? [s] : [])),
  );
const clean = nextRevision(
  rev1,
  {
    basedOnRevision: 1,
    proposals: [],
    cleanings: bracketsOf(rev1).map((b) => ({ bracketId: b.id, optionId: b.options[0]!.id })),
  },
  { ...meta, label: 'final' },
  countingIds('c'),
);
const everyone = (rev: Revision, stance: TextStance = 'agree', who = parties) =>
  [...allProvisions(rev.text.provisions)].reduce<ProvisionStance[]>(
    (acc, p) =>
      who.reduce(
        (a, participantId) =>
          setStance(
            a,
            rev,
            { textId: rev.textId, provisionId: p.id, participantId, stance, comment: '' },
            parties,
            at,
          ),
        acc,
      ),
    [],
  );

describe('stances', () => {
  it('records one stance per party and provision, last word wins', () => {
    let s = setStance(
      [],
      rev1,
      {
        textId: rev1.textId,
        provisionId: p2,
        participantId: 'gov',
        stance: 'object',
        comment: ' too weak ',
      },
      parties,
      at,
    );
    s = setStance(
      s,
      rev1,
      {
        textId: rev1.textId,
        provisionId: p2,
        participantId: 'gov',
        stance: 'agree',
        comment: '',
      },
      parties,
      at,
    );
    expect(s).toEqual([
      {
        textId: rev1.textId,
        provisionId: p2,
        participantId: 'gov',
        stance: 'agree',
        comment: '',
        revision: 1,
        updatedAt: at,
      },
    ]);
  });

  it.each([
    [
      'a provision of another document',
      { textId: rev1.textId, provisionId: 'elsewhere' },
      'wrong_text',
    ],
    ['another document', { textId: 'other-doc', provisionId: p2 }, 'wrong_text'],
    ['a non-party', { textId: rev1.textId, provisionId: p2, participantId: 'ru' }, 'forbidden'],
  ])('refuses a stance on %s', (_l, target, code) => {
    const input = { participantId: 'gov', stance: 'agree' as const, comment: '', ...target };
    expect(codeOf(() => setStance([], rev1, input, parties, at))).toBe(code);
  });

  const one = (gov?: TextStance, opp?: TextStance) =>
    [gov && { p: 'gov', s: gov }, opp && { p: 'opp', s: opp }]
      .filter((x) => !!x)
      .reduce<ProvisionStance[]>(
        (acc, x) =>
          setStance(
            acc,
            clean,
            {
              textId: clean.textId,
              provisionId: p2,
              participantId: x.p,
              stance: x.s,
              comment: '',
            },
            parties,
            at,
          ),
        [],
      );
  it.each([
    ['agree', 'agree', 'agreed'],
    ['agree', 'agree_ad_referendum', 'agreed_ad_referendum'],
    ['agree_ad_referendum', 'agree_ad_referendum', 'agreed_ad_referendum'],
    ['agree', 'object', 'open'],
    ['agree', 'reserve', 'open'],
    ['agree', undefined, 'open'],
    [undefined, undefined, 'open'],
  ] as const)('government %s, opposition %s: %s', (gov, opp, state) => {
    expect(provisionState(clean, p2, one(gov, opp), parties)).toBe(state);
  });

  it('keeps a provision with a bracket open even when everyone agrees', () => {
    expect(provisionState(rev1, p3.id, everyone(rev1), parties)).toBe('open');
    expect(provisionState(rev1, p2, everyone(rev1), parties)).toBe('agreed');
    expect(provisionState(clean, p2, everyone(clean), [])).toBe('open'); // nobody to agree
  });

  it('agrees a text only when every provision is agreed by every party and no bracket is left', () => {
    expect(textState(rev1, everyone(rev1), parties)).toBe('open');
    expect(textState(clean, everyone(clean), parties)).toBe('agreed');
    expect(
      textState(
        clean,
        everyone(clean, 'agree_ad_referendum', ['opp']).concat(everyone(clean, 'agree', ['gov'])),
        parties,
      ),
    ).toBe('agreed_ad_referendum');
    const summary = summarize(rev1, everyone(rev1), parties);
    expect(summary.brackets).toBe(2);
    expect(summary.provisions.find((p) => p.provisionId === p3.id)).toMatchObject({
      number: '2',
      state: 'open',
      brackets: 1,
      counts: { agree: 2, none: 0 },
    });
  });

  it('nothing is agreed until everything is agreed (property)', () => {
    const stance = fc.option(fc.constantFrom(...TEXT_STANCES), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stance, stance), { minLength: ids.length, maxLength: ids.length }),
        (table) => {
          let s: ProvisionStance[] = [];
          table.forEach(([gov, opp], i) => {
            for (const [participantId, st] of [
              ['gov', gov],
              ['opp', opp],
            ] as const)
              if (st)
                s = setStance(
                  s,
                  clean,
                  {
                    textId: clean.textId,
                    provisionId: ids[i]!,
                    participantId,
                    stance: st,
                    comment: '',
                  },
                  parties,
                  at,
                );
          });
          const all = table.flat();
          const state = textState(clean, s, parties);
          expect(state === 'agreed').toBe(all.every((x) => x === 'agree'));
          expect(state === 'open').toBe(
            !all.every((x) => x === 'agree' || x === 'agree_ad_referendum'),
          );
        },
      ),
    );
  });

  it('carries stances over to the next revision only for unchanged provisions', () => {
    const stances = everyone(rev1);
    const carried = carryOverStances(rev1, clean, stances);
    const onRev2 = carried.filter((s) => s.revision === 2).map((s) => s.provisionId);
    expect(new Set(onRev2)).toEqual(
      new Set(ids.filter((id) => id !== p3.id && id !== provisionAt(rev1.text, 4).id)),
    );
    expect(
      summarize(clean, carried, parties)
        .provisions.filter((p) => p.state === 'open')
        .map((p) => p.provisionId),
    ).toEqual([p3.id, provisionAt(rev1.text, 4).id]);
  });
});

describe('adoption', () => {
  const agreed = everyone(clean);
  const signatories = ['ir', 'ru', 'tr'];

  it('hashes a canonical text anyone can recompute', () => {
    const canonical = canonicalText(clean);
    expect(JSON.parse(canonical)).toMatchObject({
      format: 'parley.text/1',
      revision: 2,
      kind: 'joint_statement',
    });
    expect(textHash(clean, sha256)).toBe(sha256(canonical));
    expect(textHash(clean, sha256)).not.toBe(textHash(rev1, sha256));
    expect(JSON.parse(canonical).provisions[3]).toMatchObject({
      number: '2',
      text: 'Decide to establish a trilateral mechanism to observe and ensure full compliance with the ceasefire;',
    });
  });

  it('is adopted when every signatory has approved the hash', () => {
    let adoption = openAdoption(clean, agreed, parties, signatories, sha256);
    for (const [i, s] of signatories.entries()) {
      expect(adoption.adoptedAt).toBeNull();
      adoption = sign(
        adoption,
        { participantId: s, hash: adoption.hash },
        new Date(at.getTime() + i),
      );
    }
    expect(adoption.adoptedAt).toEqual(new Date(at.getTime() + 2));
    expect(adoption.signatures.map((s) => s.participantId)).toEqual(signatories);
    expect(verifyAdoption(adoption, clean, sha256)).toBe(true);
    const tampered = { ...clean, text: { ...clean.text, title: 'Another title' } };
    expect(verifyAdoption(adoption, tampered, sha256)).toBe(false);
    expect(codeOf(() => sign(adoption, { participantId: 'ru', hash: adoption.hash }, at))).toBe(
      'invalid_transition',
    );
  });

  it.each([
    [
      'a bracketed revision',
      () => openAdoption(rev1, everyone(rev1), parties, signatories, sha256),
      'text_not_agreed',
    ],
    [
      'a text without every stance',
      () => openAdoption(clean, agreed.slice(1), parties, signatories, sha256),
      'text_not_agreed',
    ],
    [
      'a text agreed ad referendum',
      () =>
        openAdoption(clean, everyone(clean, 'agree_ad_referendum'), parties, signatories, sha256),
      'text_not_agreed',
    ],
    ['no signatories', () => openAdoption(clean, agreed, parties, [], sha256), 'validation_failed'],
    [
      'a signatory listed twice',
      () => openAdoption(clean, agreed, parties, ['ru', 'ru'], sha256),
      'validation_failed',
    ],
  ])('refuses to adopt %s', (_l, f, code) => {
    expect(codeOf(f)).toBe(code);
  });

  it.each([
    ['a non-signatory', 'opp', 'right', 'not_signatory'],
    ['a wrong hash', 'ru', 'a'.repeat(64), 'hash_mismatch'],
    ['the hash of another revision', 'ru', 'rev1', 'hash_mismatch'],
    ['a second signature', 'ir', 'right', 'already_exists'],
  ])('refuses a signature by %s', (_l, participantId, hash, code) => {
    const open = sign(
      openAdoption(clean, agreed, parties, signatories, sha256),
      { participantId: 'ir', hash: textHash(clean, sha256) },
      at,
    );
    const h = hash === 'right' ? open.hash : hash === 'rev1' ? textHash(rev1, sha256) : hash;
    expect(codeOf(() => sign(open, { participantId, hash: h }, at))).toBe(code);
  });
});
