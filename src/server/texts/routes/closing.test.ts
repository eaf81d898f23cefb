import { describe, expect, it } from 'vitest';
import type { TextView } from '../../../core/texts/schemas.ts';
import { recordRepo } from '../../../db/index.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import {
  createdText,
  proposalIdsSeenBy,
  textsWorld,
  type TextsWorld,
} from '../../testing/texts-world.ts';

const t = sharedTestApp();

/** Everything stored about a text, as a penholder and as the proposer see it, and the record. */
async function snapshot(w: TextsWorld, id: string) {
  const read = async (c: Client) => [
    (await c.get(`/api/texts/${id}`)).body,
    (await c.get(`/api/texts/${id}/proposals`)).body,
  ];
  return { ru: await read(w.c.ru), opp: await read(w.c.opp), record: await t.recordLength() };
}

async function proposed(w: TextsWorld, doc: TextView, by: Client, text: string) {
  const bracket = doc.revision.provisions[1]!.content[1] as { id: string };
  const res = await by.post(`/api/texts/${doc.id}/proposals`, {
    basedOnRevision: doc.currentRevision,
    operation: { op: 'add_option', bracketId: bracket.id, option: { kind: 'wording', text } },
    rationale: 'A middle way.',
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string };
}

const withdraw = (c: Client, docId: string, proposalId: string, participantId: string) =>
  c.post(`/api/texts/${docId}/proposals/${proposalId}/withdraw`, { participantId });
const decline = (c: Client, docId: string, proposalId: string, reason?: string) =>
  c.post(
    `/api/texts/${docId}/proposals/${proposalId}/decline`,
    reason === undefined ? {} : { reason },
  );
const takeIn = (w: TextsWorld, docId: string, proposalId: string) =>
  w.c.ru.post(`/api/texts/${docId}/revisions`, {
    basedOnRevision: 1,
    label: 'second draft',
    proposalIds: [proposalId],
  });

describe('withdrawing a proposal', () => {
  it('lets the proposing delegation withdraw it, once, and then nobody can take it in', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const p = await proposed(w, doc, w.c.oppSpokesperson, 'to monitor the ceasefire jointly');
    const before = await snapshot(w, doc.id);
    const refusals: [string, Client, string, number, string][] = [
      ['the other party, naming the proposer', w.c.gov, w.id('opp'), 403, 'forbidden'],
      // Naming itself passes the policy, but the proposal is not its own: as if it did not exist.
      ['the other party, naming itself', w.c.gov, w.id('gov'), 404, 'not_found'],
      ['an adviser of the proposing delegation', w.c.oppAdviser, w.id('opp'), 403, 'forbidden'],
      ['a penholder', w.c.ru, w.id('opp'), 403, 'forbidden'],
    ];
    for (const [who, c, participantId, status, code] of refusals) {
      const res = await withdraw(c, doc.id, p.id, participantId);
      expect(res.statusCode, `${who}: ${res.body}`).toBe(status);
      expect(res.json().error.code, who).toBe(code);
    }
    expect(await snapshot(w, doc.id)).toEqual(before);

    const res = await withdraw(w.c.opp, doc.id, p.id, w.id('opp'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: p.id,
      status: 'withdrawn',
      closedAt: expect.any(String),
      declineReason: null,
    });
    const { events } = await recordRepo.readChain(t.ctx.database.db);
    expect(events.at(-1)).toMatchObject({
      action: 'text.withdrawProposal',
      subjectId: p.id,
      payload: { textId: doc.id, proposerId: w.id('opp') },
    });

    const closed = await snapshot(w, doc.id);
    const again = await withdraw(w.c.oppSpokesperson, doc.id, p.id, w.id('opp'));
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('proposal_closed');
    const taken = await takeIn(w, doc.id, p.id);
    expect(taken.statusCode, taken.body).toBe(409);
    expect(taken.json().error.code).toBe('proposal_closed');
    const declined = await decline(w.c.ru, doc.id, p.id);
    expect(declined.json().error.code).toBe('proposal_closed');
    expect(await snapshot(w, doc.id)).toEqual(closed);
    // Still confidential: the other party never learns it existed.
    expect(await proposalIdsSeenBy(w.c.gov, doc.id)).not.toContain(p.id);
  });

  it('refuses to withdraw a proposal a revision took in', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const p = await proposed(w, doc, w.c.opp, 'to monitor the ceasefire jointly');
    expect((await takeIn(w, doc.id, p.id)).statusCode).toBe(200);
    const res = await withdraw(w.c.opp, doc.id, p.id, w.id('opp'));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('invalid_transition');
  });
});

describe('declining a proposal', () => {
  it('lets a penholder decline it with a reason the proposer and penholders alone see', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const p = await proposed(w, doc, w.c.gov, 'to verify violations of the ceasefire');
    const before = await snapshot(w, doc.id);
    // Under `conveners` the sponsors' and the mediator's leads hold the pen; parties never do.
    for (const [who, c] of [
      ['the other party', w.c.opp],
      ['the proposer', w.c.gov],
      ['an adviser of a party', w.c.oppAdviser],
      ['the observer', w.c.us],
    ] as const) {
      const res = await decline(c, doc.id, p.id, 'No.');
      expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
      expect(res.json().error.code, who).toBe('forbidden');
    }
    expect(await snapshot(w, doc.id)).toEqual(before);

    const reason = 'Verification is for the trilateral mechanism to agree.';
    const res = await decline(w.c.ru, doc.id, p.id, reason);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'declined', declineReason: reason });
    const { events } = await recordRepo.readChain(t.ctx.database.db);
    const event = events.at(-1)!;
    expect(event).toMatchObject({ action: 'text.declineProposal', subjectId: p.id });
    expect(event.payload).toMatchObject({ content: { digest: expect.any(String) } });
    expect(JSON.stringify(event.payload)).not.toContain('trilateral');

    const seenBy = async (c: Client) =>
      ((await c.get(`/api/texts/${doc.id}/proposals`)).json().proposals as { id: string }[]).filter(
        (x) => x.id === p.id,
      );
    for (const c of [w.c.gov, w.c.ir, w.c.un]) {
      expect(await seenBy(c)).toEqual([
        expect.objectContaining({ status: 'declined', declineReason: reason }),
      ]);
    }
    for (const c of [w.c.opp, w.c.us]) expect(await seenBy(c)).toEqual([]);

    const closed = await snapshot(w, doc.id);
    const twice = await decline(w.c.ir, doc.id, p.id);
    expect(twice.statusCode, twice.body).toBe(409);
    expect(twice.json().error.code).toBe('proposal_closed');
    const taken = await takeIn(w, doc.id, p.id);
    expect(taken.statusCode, taken.body).toBe(409);
    expect(taken.json().error.code).toBe('proposal_closed');
    const withdrawn = await withdraw(w.c.gov, doc.id, p.id, w.id('gov'));
    expect(withdrawn.json().error.code).toBe('proposal_closed');
    expect(await snapshot(w, doc.id)).toEqual(closed);
  });

  it('declines without a reason, and answers 404 for a proposal of another text', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const other = await createdText(w);
    const p = await proposed(w, doc, w.c.opp, 'to monitor the ceasefire jointly');
    const elsewhere = await decline(w.c.ru, other.id, p.id);
    expect(elsewhere.statusCode, elsewhere.body).toBe(404);
    const res = await decline(w.c.ru, doc.id, p.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'declined', declineReason: '' });
  });
});
