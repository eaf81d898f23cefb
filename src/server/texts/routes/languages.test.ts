import { describe, expect, it } from 'vitest';
import type { LanguageVersionsView } from '../../../core/texts/language-schemas.ts';
import type { TextView } from '../../../core/texts/schemas.ts';
import { recordRepo } from '../../../db/index.ts';
import { aRound, anAccount } from '../../testing/factories.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { liveClient } from '../../testing/live-client.ts';
import {
  STATEMENT,
  flagsOf,
  put,
  url,
  versionsOf,
  wordingOf,
} from '../../testing/languages-world.ts';

const t = sharedTestApp();

async function world() {
  const w = await aRound(t, {
    gov: { capacity: 'party' },
    opp: { capacity: 'party' },
    ru: { capacity: 'sponsor', members: ['adviser'] },
    un: { capacity: 'mediator' },
    us: { capacity: 'observer' },
  });
  const p = w.people;
  const elsewhere = await aRound(t, { other: { capacity: 'party' } });
  const stranger = await anAccount(t);
  const c = {
    ru: await t.signedIn(p.ru!.head.email),
    un: await t.signedIn(p.un!.head.email),
    ruAdviser: await t.signedIn(p.ru!.members[0]!.email),
    gov: await t.signedIn(p.gov!.head.email),
    opp: await t.signedIn(p.opp!.head.email),
    us: await t.signedIn(p.us!.head.email),
    otherRound: await t.signedIn(elsewhere.people.other!.head.email),
    stranger: await t.signedIn(stranger.email),
  };
  const res = await c.ru.post(`/api/rounds/${w.roundId}/texts`, STATEMENT);
  expect(res.statusCode, res.body).toBe(200);
  const doc = res.json() as TextView;
  const id = (k: keyof typeof p) => p[k]!.participantId;
  return { ...w, c, id, doc };
}

/** A new revision of provision 2's wording, proposed by a party and taken in by the penholder. */
async function reviseProvision2(w: Awaited<ReturnType<typeof world>>, text: string) {
  const current = (await w.c.ru.get(`/api/texts/${w.doc.id}`)).json() as TextView;
  const second = current.revision.provisions.find((p) => p.number === '2')!;
  const proposal = await w.c.opp.post(`/api/texts/${w.doc.id}/proposals`, {
    basedOnRevision: current.currentRevision,
    operation: {
      op: 'replace_wording',
      at: { in: 'agreed', provisionId: second.id, segment: 0 },
      start: 0,
      end: 10,
      text,
    },
  });
  expect(proposal.statusCode, proposal.body).toBe(200);
  const rev = await w.c.ru.post(`/api/texts/${w.doc.id}/revisions`, {
    basedOnRevision: current.currentRevision,
    label: 'next draft',
    proposalIds: [proposal.json().id],
  });
  expect(rev.statusCode, rev.body).toBe(200);
  return rev.json() as TextView;
}

describe('language versions of a negotiating text', () => {
  it('adds versions, flags them when a provision changes, and clears the flags on update', async () => {
    const w = await world();
    const before = await t.recordLength();
    const added = await put(w.c.ru, w.doc, 'ru', wordingOf(w.doc, 'RU', 'authentic'));
    expect(added.statusCode, added.body).toBe(200);
    const first = added.json() as LanguageVersionsView;
    expect(first.versions.map((v) => [v.language, v.status, v.original])).toEqual([
      ['en', 'authentic', true],
      ['ru', 'authentic', false],
    ]);
    const ru = first.versions[1]!;
    expect(ru).toMatchObject({ title: `RU ${w.doc.title}`, alignedRevision: 1, needsUpdate: 0 });
    expect(ru.provisions.map((p) => [p.number, p.depth, p.text])).toEqual([
      [null, 0, 'RU Reaffirming their commitment to the unity of Syria,'],
      [
        '1',
        0,
        'RU Decide to set up a trilateral mechanism [RU to observe the ceasefire / (delete)]',
      ],
      ['1.1', 1, 'RU The mechanism reports to the guarantors.'],
      ['2', 0, 'RU The ceasefire in force since 30 December 2016 shall hold.'],
    ]);
    // The bracket is the revision's own, in Russian: same ids.
    const bracket = (p: { content: unknown[] | null }) => p.content![1] as { id: string };
    expect(bracket(ru.provisions[1]!).id).toBe(bracket(w.doc.revision.provisions[1]!).id);
    const { events } = await recordRepo.readChain(t.ctx.database.db);
    expect(events.slice(before).map((e) => e.action)).toEqual(['text.setLanguageVersion']);
    expect(events.at(-1)!.payload).toMatchObject({
      language: 'ru',
      status: 'authentic',
      revision: 1,
      hash: ru.hash,
      added: true,
    });
    expect(JSON.stringify(events.at(-1)!.payload)).not.toContain('RU ');

    const ar = await put(w.c.ru, w.doc, 'ar', wordingOf(w.doc, 'AR', 'working_translation'));
    expect(ar.statusCode, ar.body).toBe(200);

    // Rev.2 rewords provision 2: its counterparts in Russian and Arabic need updating.
    const two = await reviseProvision2(w, 'The nationwide ceasefire');
    const flagged = await versionsOf(w.c.gov, w.doc);
    expect(flagged.revision).toBe(2);
    expect(flagsOf(flagged)).toEqual({ en: [], ru: [['2', 'en']], ar: [['2', 'en']] });
    expect(flagged.versions.map((v) => [v.language, v.needsUpdate, v.alignedRevision])).toEqual([
      ['en', 0, 2],
      ['ru', 1, 1],
      ['ar', 1, 1],
    ]);
    // Withheld attribution hides the option's proposer in every language, as in the revision.
    const proposer = (v: LanguageVersionsView) =>
      (v.versions[1]!.provisions[1]!.content![1] as { options: { proposerId: string | null }[] })
        .options[0]!.proposerId;
    expect(proposer(flagged)).toBeNull();
    expect(proposer(await versionsOf(w.c.ru, w.doc))).toBe(w.id('ru'));
    // Rev.1 as it stood: nothing flagged.
    expect(flagsOf(await versionsOf(w.c.gov, w.doc, 1))).toEqual({ en: [], ru: [], ar: [] });

    // The Russian catch-up clears its flag and flags nobody; a review clears the Arabic one.
    const second = two.revision.provisions.find((p) => p.number === '2')!;
    const updated = await put(
      w.c.ru,
      w.doc,
      'ru',
      wordingOf(two, 'RU', 'authentic', { [second.id]: 'RU the nationwide ceasefire shall hold.' }),
    );
    expect(updated.statusCode, updated.body).toBe(200);
    expect(flagsOf(updated.json())).toEqual({ en: [], ru: [], ar: [['2', 'en']] });
    const reviewed = await w.c.ru.post(url(w.doc, '/ar/reviews'), { provisionIds: [second.id] });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(flagsOf(reviewed.json())).toEqual({ en: [], ru: [], ar: [] });

    // An authentic version's change flags the other languages, the text's own included.
    const reworded = await put(
      w.c.ru,
      w.doc,
      'ru',
      wordingOf(two, 'RU', 'authentic', { [second.id]: 'RU the ceasefire holds everywhere.' }),
    );
    expect(flagsOf(reworded.json())).toEqual({ en: [['2', 'ru']], ru: [], ar: [['2', 'ru']] });
    const enReview = await w.c.ru.post(url(w.doc, '/en/reviews'), { provisionIds: [second.id] });
    expect(flagsOf(enReview.json())).toEqual({ en: [], ru: [], ar: [['2', 'ru']] });

    // Status: the Arabic version becomes authentic.
    const status = await w.c.ru.put(url(w.doc, '/ar/status'), { status: 'authentic' });
    expect(status.statusCode, status.body).toBe(200);
    expect((status.json() as LanguageVersionsView).versions[2]).toMatchObject({
      language: 'ar',
      status: 'authentic',
      needsUpdate: 1,
    });
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(chain.events.slice(-3).map((e) => [e.action, e.payload.language])).toEqual([
      ['text.setLanguageVersion', 'ru'],
      ['text.reviewTranslation', 'en'],
      ['text.setVersionStatus', 'ar'],
    ]);
  });

  it('refuses misaligned or stale wording and other bad changes, writing nothing', async () => {
    const w = await world();
    expect((await put(w.c.ru, w.doc, 'ru', wordingOf(w.doc, 'RU', 'authentic'))).statusCode).toBe(
      200,
    );
    const two = await reviseProvision2(w, 'The nationwide ceasefire');
    const snapshot = async () => ({
      versions: (await w.c.ru.get(url(w.doc))).body,
      record: await t.recordLength(),
    });
    const before = await snapshot();
    const good = wordingOf(two, 'RU', 'authentic');
    const [preamble, first, third] = good.provisions;
    const cases: [string, string, unknown, number, string][] = [
      [
        'a provision missing',
        'ru',
        { ...good, provisions: [preamble, third] },
        422,
        'invalid_structure',
      ],
      [
        'a sub-paragraph moved to the top',
        'ru',
        { ...good, provisions: [preamble, { ...first, children: [] }, ...first!.children!, third] },
        422,
        'invalid_structure',
      ],
      [
        'a bracket dropped',
        'ru',
        {
          ...good,
          provisions: [
            preamble,
            { ...first, content: [{ type: 'agreed', text: 'RU without a bracket' }] },
            third,
          ],
        },
        422,
        'invalid_structure',
      ],
      [
        'wording for an older revision',
        'ru',
        { ...good, basedOnRevision: 1 },
        409,
        'stale_revision',
      ],
      ['the text’s own language', 'en', good, 400, 'validation_failed'],
      ['a language that is no tag', 'Russian', good, 400, 'validation_failed'],
      ['an unknown status', 'ru', { ...good, status: 'official' }, 400, 'validation_failed'],
    ];
    for (const [what, language, body, status, code] of cases) {
      const res = await put(w.c.ru, w.doc, language, body);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
      expect(res.json().error.code, what).toBe(code);
    }
    const missing = await put(w.c.ru, w.doc, 'ru', { ...good, provisions: [preamble, third] });
    expect(missing.json().error.details).toEqual({ language: 'ru', provisionId: first!.id });
    const noVersion = await w.c.ru.put(url(w.doc, '/tr/status'), { status: 'authentic' });
    expect([noVersion.statusCode, noVersion.json().error.code]).toEqual([404, 'not_found']);
    const notFlagged = await w.c.ru.post(url(w.doc, '/ru/reviews'), {
      provisionIds: [preamble!.id],
    });
    expect([notFlagged.statusCode, notFlagged.json().error.code]).toEqual([
      409,
      'invalid_transition',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('lets only penholders write, and no one who cannot read the text read its versions', async () => {
    const w = await world();
    await put(w.c.ru, w.doc, 'ru', wordingOf(w.doc, 'RU', 'working_translation'));
    const before = {
      versions: (await w.c.ru.get(url(w.doc))).body,
      record: await t.recordLength(),
    };
    for (const [who, c] of [
      ['a party', w.c.gov],
      ['a sponsor’s adviser (the pen is held by heads and deputies)', w.c.ruAdviser],
      ['an observer', w.c.us],
    ] as const) {
      for (const res of [
        await put(c, w.doc, 'ar', wordingOf(w.doc, 'AR', 'authentic')),
        await c.put(url(w.doc, '/ru/status'), { status: 'authentic' }),
        await c.post(url(w.doc, '/ru/reviews'), {
          provisionIds: [w.doc.revision.provisions[0]!.id],
        }),
      ]) {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
      // Readers of the revision read its versions, without the means to change them.
      const seen = await versionsOf(c, w.doc);
      expect(seen.viewer.mayEdit).toBe(false);
      expect(seen.versions[1]!.provisions[0]!.text).toContain('RU ');
    }
    expect((await versionsOf(w.c.ru, w.doc)).viewer.mayEdit).toBe(true);
    expect((await versionsOf(w.c.ru, w.doc, 1)).viewer.mayEdit).toBe(true);
    for (const c of [w.c.stranger, w.c.otherRound]) {
      const res = await c.get(url(w.doc));
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('RU ');
      expect((await put(c, w.doc, 'ar', wordingOf(w.doc, 'AR', 'authentic'))).statusCode).toBe(404);
    }
    const anonymous = await t.client().get(url(w.doc));
    expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([401, 'unauthenticated']);
    expect({
      versions: (await w.c.ru.get(url(w.doc))).body,
      record: await t.recordLength(),
    }).toEqual(before);
    // Under `conveners` the mediator's head holds the pen as well.
    const mediator = await put(w.c.un, w.doc, 'ar', wordingOf(w.doc, 'AR', 'authentic'));
    expect(mediator.statusCode, mediator.body).toBe(200);
  });

  it('freezes the versions with the text once its adoption opens', async () => {
    const w = await world();
    await put(w.c.ru, w.doc, 'ru', wordingOf(w.doc, 'RU', 'authentic'));
    const bracket = w.doc.revision.provisions[1]!.content[1] as {
      id: string;
      options: { id: string }[];
    };
    const clean = await w.c.ru.post(`/api/texts/${w.doc.id}/revisions`, {
      basedOnRevision: 1,
      label: 'clean',
      cleanings: [{ bracketId: bracket.id, optionId: bracket.options[0]!.id }],
    });
    const two = clean.json() as TextView;
    for (const [c, party] of [
      [w.c.gov, w.id('gov')],
      [w.c.opp, w.id('opp')],
    ] as const)
      for (const p of two.revision.provisions)
        await c.put(`/api/texts/${w.doc.id}/stance`, {
          provisionId: p.id,
          participantId: party,
          stance: 'agree',
        });
    // The cleaned bracket became agreed wording: provision 1 needs its Russian updated.
    expect(flagsOf(await versionsOf(w.c.ru, w.doc))).toEqual({ en: [], ru: [['1', 'en']] });
    const opened = await w.c.ru.post(`/api/texts/${w.doc.id}/adoption`, {
      revision: 2,
      signatories: [w.id('ru')],
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const late = await put(w.c.ru, w.doc, 'ru', wordingOf(two, 'RU', 'authentic'));
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'invalid_transition']);
    expect((await versionsOf(w.c.ru, w.doc)).viewer.mayEdit).toBe(false);
  });

  it('tells the text’s live watchers when a version changes, and no one who cannot read it', async () => {
    const w = await world();
    const watch = async (c: Client) => {
      const live = await liveClient(t, c);
      live.send({ type: 'watch', textId: w.doc.id });
      await live.until((f) => f.some((x) => x.type === 'watching' || x.type === 'error'));
      return live;
    };
    const party = await watch(w.c.gov);
    const outsider = await watch(w.c.otherRound);
    expect(outsider.frames.some((f) => f.type === 'error')).toBe(true);
    const res = await put(w.c.ru, w.doc, 'ru', wordingOf(w.doc, 'RU', 'working_translation'));
    expect(res.statusCode, res.body).toBe(200);
    await party.until((f) =>
      f.some((x) => x.type === 'text' && x.textId === w.doc.id && x.change === 'language'),
    );
    expect(outsider.frames.filter((f) => f.type === 'text')).toEqual([]);
    party.close();
    outsider.close();
  });
});
