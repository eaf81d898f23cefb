import { describe, expect, it } from 'vitest';
import type { TextView } from '../../../core/texts/schemas.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { createdText, STATEMENT, textsWorld, type TextsWorld } from '../../testing/texts-world.ts';

const t = sharedTestApp();

const docOf = async (c: Client, id: string, revision?: number) => {
  const res = await c.get(`/api/texts/${id}${revision ? `?revision=${revision}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TextView;
};

/** A snapshot of everything stored about a text and the record's length. */
async function snapshot(c: Client, id: string) {
  return {
    doc: (await c.get(`/api/texts/${id}`)).body,
    proposals: (await c.get(`/api/texts/${id}/proposals`)).body,
    record: await t.recordLength(),
  };
}

const world = () => textsWorld(t);
const created = (w: TextsWorld) => createdText(w);

describe('refused changes change nothing', () => {
  it('refuses a proposal or revision against a stale revision with 409', async () => {
    const w = await world();
    const doc = await created(w);
    const third = doc.revision.provisions[2]!;
    const r2 = await w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
      basedOnRevision: 1,
      label: 'second draft',
    });
    expect(r2.statusCode, r2.body).toBe(200);
    const before = await snapshot(w.c.ru, doc.id);
    const stale = await w.c.opp.post(`/api/texts/${doc.id}/proposals`, {
      basedOnRevision: 1,
      operation: {
        op: 'replace_wording',
        at: { in: 'agreed', provisionId: third.id, segment: 0 },
        start: 9,
        end: 10,
        text: 'be consolidated.',
      },
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('stale_revision');
    const staleRevision = await w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
      basedOnRevision: 1,
      label: 'late draft',
    });
    expect(staleRevision.statusCode).toBe(409);
    expect(staleRevision.json().error.code).toBe('stale_revision');
    expect(await snapshot(w.c.ru, doc.id)).toEqual(before);
  });

  it('answers bad input with a clear 4xx and leaves the text and the record as they were', async () => {
    const w = await world();
    const doc = await created(w);
    const other = (
      await w.c.ru.post(`/api/rounds/${w.roundId}/texts`, {
        ...STATEMENT,
        title: 'Another text',
      })
    ).json() as TextView;
    const bracket = doc.revision.provisions[1]!.content[1] as {
      id: string;
      options: { id: string }[];
    };
    const before = await snapshot(w.c.ru, doc.id);
    const cases: [string, Client, string, string, unknown, number, string][] = [
      [
        'a bracket nested in an option',
        w.c.opp,
        'POST',
        'proposals',
        {
          basedOnRevision: 1,
          operation: {
            op: 'add_bracket',
            at: { in: 'option', bracketId: bracket.id, optionId: bracket.options[0]!.id },
            start: 0,
            end: 2,
          },
        },
        422,
        'nested_bracket',
      ],
      [
        'square brackets typed into wording',
        w.c.opp,
        'POST',
        'proposals',
        {
          basedOnRevision: 1,
          operation: {
            op: 'add_option',
            bracketId: bracket.id,
            option: { kind: 'wording', text: 'to [observe] the ceasefire' },
          },
        },
        400,
        'validation_failed',
      ],
      [
        'a cleaning that names no option of the bracket',
        w.c.ru,
        'POST',
        'revisions',
        {
          basedOnRevision: 1,
          label: 'x',
          cleanings: [{ bracketId: bracket.id, optionId: 'nope' }],
        },
        404,
        'not_found',
      ],
      [
        'a stance on a provision of another text',
        w.c.gov,
        'PUT',
        'stance',
        {
          provisionId: other.revision.provisions[0]!.id,
          participantId: w.id('gov'),
          stance: 'agree',
        },
        422,
        'wrong_text',
      ],
      [
        'a stance for another party',
        w.c.gov,
        'PUT',
        'stance',
        {
          provisionId: doc.revision.provisions[0]!.id,
          participantId: w.id('opp'),
          stance: 'agree',
        },
        403,
        'forbidden',
      ],
      [
        'the adoption of a text that is not agreed',
        w.c.ru,
        'POST',
        'adoption',
        { revision: 1, signatories: [w.id('ru'), w.id('ir'), w.id('tr')] },
        409,
        'text_not_agreed',
      ],
      [
        'a proposal by an observer',
        w.c.us,
        'POST',
        'proposals',
        {
          basedOnRevision: 1,
          operation: { op: 'add_option', bracketId: bracket.id, option: { kind: 'delete' } },
        },
        403,
        'forbidden',
      ],
      [
        'a revision by a party',
        w.c.opp,
        'POST',
        'revisions',
        { basedOnRevision: 1, label: 'our draft' },
        403,
        'forbidden',
      ],
      [
        'an option that repeats another',
        w.c.gov,
        'POST',
        'proposals',
        {
          basedOnRevision: 1,
          operation: { op: 'add_option', bracketId: bracket.id, option: { kind: 'delete' } },
        },
        409,
        'already_exists',
      ],
    ];
    for (const [what, client, method, path, body, status, code] of cases) {
      const res = await client.request(method as never, `/api/texts/${doc.id}/${path}`, body);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
      expect(res.json().error.code, what).toBe(code);
    }
    // A text created with an empty bracket, or with a bracket typed into agreed wording.
    for (const provisions of [
      [{ part: 'operative', content: [{ type: 'bracket', options: [] }] }],
      [{ part: 'operative', content: [{ type: 'agreed', text: 'The [parties] agree.' }] }],
    ]) {
      const res = await w.c.ru.post(`/api/rounds/${w.roundId}/texts`, {
        ...STATEMENT,
        provisions,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect(await snapshot(w.c.ru, doc.id)).toEqual(before);
  });

  it('refuses a signature by a non-signatory and a wrong hash, changing nothing', async () => {
    const w = await world();
    const doc = await created(w);
    const bracket = doc.revision.provisions[1]!.content[1] as {
      id: string;
      options: { id: string }[];
    };
    await w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
      basedOnRevision: 1,
      label: 'clean',
      cleanings: [{ bracketId: bracket.id, optionId: bracket.options[0]!.id }],
    });
    const two = await docOf(w.c.ru, doc.id);
    for (const [c, party] of [
      [w.c.gov, w.id('gov')],
      [w.c.opp, w.id('opp')],
    ] as const)
      for (const p of two.revision.provisions)
        await c.put(`/api/texts/${doc.id}/stance`, {
          provisionId: p.id,
          participantId: party,
          stance: 'agree',
        });
    const opened = await w.c.ru.post(`/api/texts/${doc.id}/adoption`, {
      revision: 2,
      signatories: [w.id('ru'), w.id('ir'), w.id('tr')],
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const hash = opened.json().adoption.hash as string;
    const before = await snapshot(w.c.ru, doc.id);
    const byParty = await w.c.gov.post(`/api/texts/${doc.id}/signatures`, {
      participantId: w.id('gov'),
      hash,
    });
    expect(byParty.statusCode, byParty.body).toBe(403);
    expect(byParty.json().error.code).toBe('not_signatory');
    const byMediator = await w.c.un.post(`/api/texts/${doc.id}/signatures`, {
      participantId: w.id('un'),
      hash,
    });
    expect(byMediator.json().error.code).toBe('not_signatory');
    const wrongHash = await w.c.ir.post(`/api/texts/${doc.id}/signatures`, {
      participantId: w.id('ir'),
      hash: 'a'.repeat(64),
    });
    expect(wrongHash.statusCode).toBe(409);
    expect(wrongHash.json().error.code).toBe('hash_mismatch');
    const forAnother = await w.c.ir.post(`/api/texts/${doc.id}/signatures`, {
      participantId: w.id('ru'),
      hash,
    });
    expect(forAnother.statusCode).toBe(403);
    // Under adoption the text no longer changes.
    const late = await w.c.gov.put(`/api/texts/${doc.id}/stance`, {
      provisionId: two.revision.provisions[0]!.id,
      participantId: w.id('gov'),
      stance: 'object',
    });
    expect(late.statusCode).toBe(409);
    expect(await snapshot(w.c.ru, doc.id)).toEqual(before);
  });
});
