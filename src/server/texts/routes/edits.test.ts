import { describe, expect, it } from 'vitest';
import type { TextView } from '../../../core/texts/schemas.ts';
import { recordRepo } from '../../../db/index.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { createdText, textsWorld, type TextsWorld } from '../../testing/texts-world.ts';

// The penholder's direct edits of the next revision (IssueRevisionCommand.edits).

const t = sharedTestApp();

type Bracket = { id: string; options: { id: string; proposerId: string | null }[] };

async function drafted() {
  const w = await textsWorld(t);
  const doc = await createdText(w);
  const [preamble, mechanism, ceasefire] = doc.revision.provisions as [
    TextView['revision']['provisions'][number],
    TextView['revision']['provisions'][number],
    TextView['revision']['provisions'][number],
  ];
  const bracket = mechanism.content[1] as Bracket;
  return { w, doc, preamble, mechanism, ceasefire, bracket };
}

const revise = (w: TextsWorld, c: Client, id: string, body: Record<string, unknown>) =>
  c.post(`/api/texts/${id}/revisions`, { basedOnRevision: 1, label: 'second draft', ...body });

async function snapshot(c: Client, id: string) {
  return {
    doc: (await c.get(`/api/texts/${id}`)).body,
    proposals: (await c.get(`/api/texts/${id}/proposals`)).body,
    record: await t.recordLength(),
  };
}

describe('the penholder edits the next revision directly', () => {
  it('rewords, moves, adds and brackets, takes a proposal in among the edits; the redline shows it all', async () => {
    const { w, doc, mechanism, ceasefire, bracket } = await drafted();
    const proposal = await w.c.opp.post(`/api/texts/${doc.id}/proposals`, {
      basedOnRevision: 1,
      operation: {
        op: 'add_option',
        bracketId: bracket.id,
        option: { kind: 'wording', text: 'to monitor the ceasefire' },
      },
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    const edits = [
      {
        op: 'replace_wording',
        at: { in: 'agreed', provisionId: ceasefire.id, segment: 0 },
        start: 9,
        end: 10,
        text: 'hold and be consolidated.',
      },
      { op: 'move_provision', provisionId: ceasefire.id, parentId: null, position: 1 },
      {
        op: 'add_provision',
        parentId: null,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'The guarantors meet again in February.' }],
        },
      },
      // "new_3_1" names the provision step 3 made: its real id is made only now.
      {
        op: 'add_bracket',
        at: { in: 'agreed', provisionId: 'new_3_1', segment: 0 },
        start: 5,
        end: 6,
        alternative: { kind: 'delete' },
      },
      { op: 'take_in', proposalId: proposal.json().id },
    ];
    const res = await revise(w, w.c.ru, doc.id, { edits });
    expect(res.statusCode, res.body).toBe(200);
    const two = res.json() as TextView;
    expect(two.revision.provisions.map((p) => p.text)).toEqual([
      'Reaffirming their commitment to the unity of Syria,',
      'The ceasefire in force since 30 December 2016 shall hold and be consolidated.',
      'The guarantors decide to set up a trilateral mechanism [to observe and ensure full compliance with the ceasefire / (delete) / to monitor the ceasefire] without delay.',
      'The guarantors meet again in [February. / (delete)]',
    ]);
    expect(JSON.stringify(two)).not.toContain('new_3_1');
    expect(two.revision.proposalIds).toEqual([proposal.json().id]);
    const [added] = (two.revision.provisions[3]!.content[1] as Bracket).options.slice(1);
    // The penholder's own option is theirs; the option the proposal brought stays its proposer's.
    expect(added).toMatchObject({ proposerId: w.id('ru'), proposalId: null });
    expect((two.revision.provisions[2]!.content[1] as Bracket).options[2]).toMatchObject({
      proposerId: w.id('opp'),
      proposalId: proposal.json().id,
    });
    const taken = (await w.c.gov.get(`/api/texts/${doc.id}/proposals`)).json().proposals;
    expect(taken).toMatchObject([
      { id: proposal.json().id, status: 'taken_in', takenInRevision: 2 },
    ]);

    const redline = (await w.c.gov.get(`/api/texts/${doc.id}/redline?from=1&to=2`)).json();
    expect(
      redline.provisions.map((p: { change: string; text: string }) => [p.change, p.text]),
    ).toEqual([
      ['unchanged', 'Reaffirming their commitment to the unity of Syria,'],
      [
        'changed',
        'The ceasefire in force since 30 December 2016 shall {-hold.-} {+hold and be consolidated.+}',
      ],
      [
        'changed',
        'The guarantors decide to set up a trilateral mechanism [to observe and ensure full compliance with the ceasefire / (delete) {+/ to monitor the ceasefire+} ] without delay.',
      ],
      ['added', '{+The guarantors meet again in [February. / (delete)]+}'],
    ]);
    expect(redline.provisions[1].numberBefore).toBe('2');
    expect(redline.provisions[1].numberAfter).toBe('1');
    expect(mechanism.id).toBe(redline.provisions[2].provisionId);

    // The record keeps the edits whole (names and all), and the proposal taken in among them.
    const { events } = await recordRepo.readChain(t.ctx.database.db);
    const issued = events.findLast((e) => e.action === 'text.issueRevision')!;
    expect(issued.payload).toMatchObject({
      revision: 2,
      edits,
      proposals: [{ id: proposal.json().id, proposerId: w.id('opp') }],
    });
  });

  it('lets only a penholder edit, and a refused edit changes nothing', async () => {
    const { w, doc, ceasefire, bracket } = await drafted();
    const withdrawn = (
      await w.c.opp.post(`/api/texts/${doc.id}/proposals`, {
        basedOnRevision: 1,
        operation: {
          op: 'add_option',
          bracketId: bracket.id,
          option: { kind: 'wording', text: 'to watch' },
        },
      })
    ).json();
    await w.c.opp.post(`/api/texts/${doc.id}/proposals/${withdrawn.id}/withdraw`, {
      participantId: w.id('opp'),
    });
    const reword = {
      op: 'delete_wording',
      at: { in: 'agreed', provisionId: ceasefire.id, segment: 0 },
      start: 0,
      end: 1,
    };
    const before = await snapshot(w.c.ru, doc.id);
    const cases: [string, Client, unknown[], number, string][] = [
      ['a party', w.c.gov, [reword], 403, 'forbidden'],
      [
        'an edit naming what no step made',
        w.c.ru,
        [{ op: 'remove_provision', provisionId: 'new_1_1' }],
        404,
        'not_found',
      ],
      [
        'a move of the operative part before the preamble',
        w.c.ru,
        [{ op: 'move_provision', provisionId: ceasefire.id, parentId: null, position: 0 }],
        422,
        'invalid_structure',
      ],
      [
        'a withdrawn proposal taken in',
        w.c.ru,
        [{ op: 'take_in', proposalId: withdrawn.id }],
        409,
        'proposal_closed',
      ],
      [
        'a move without its position',
        w.c.ru,
        [{ op: 'move_provision', provisionId: ceasefire.id, parentId: null }],
        400,
        'validation_failed',
      ],
      ['a step of no known kind', w.c.ru, [{ op: 'rewrite_everything' }], 400, 'validation_failed'],
    ];
    for (const [what, client, edits, status, code] of cases) {
      const res = await revise(w, client, doc.id, { edits });
      expect([what, res.statusCode, res.json().error?.code]).toEqual([what, status, code]);
    }
    expect(await snapshot(w.c.ru, doc.id)).toEqual(before);
  });

  it('refuses a proposal whose wording an earlier edit changed, with 409', async () => {
    const { w, doc, ceasefire } = await drafted();
    const at = { in: 'agreed', provisionId: ceasefire.id, segment: 0 };
    const proposal = (
      await w.c.opp.post(`/api/texts/${doc.id}/proposals`, {
        basedOnRevision: 1,
        operation: { op: 'insert_wording', at, position: 0, text: 'Henceforth' },
      })
    ).json();
    const before = await snapshot(w.c.ru, doc.id);
    const res = await revise(w, w.c.ru, doc.id, {
      edits: [
        { op: 'delete_wording', at, start: 0, end: 1 },
        { op: 'take_in', proposalId: proposal.id },
      ],
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'proposal_conflict',
      details: { proposalId: proposal.id },
    });
    expect(await snapshot(w.c.ru, doc.id)).toEqual(before);
  });
});
