import { describe, expect, it } from 'vitest';
import type { RoundAttention } from '../../core/schemas/attention.ts';
import type { TextView } from '../../core/texts/schemas.ts';
import { type Client, sharedTestApp } from '../testing/harness.ts';
import { talksWorld } from '../testing/talks-world.ts';
import { createdText, textsWorld } from '../testing/texts-world.ts';

const t = sharedTestApp();

const attentionOf = async (c: Client, roundId: string) => {
  const res = await c.get('/api/attention');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().rounds as RoundAttention[]).find((r) => r.roundId === roundId);
};

describe('what needs the user', () => {
  it('counts unread messages and polls by what each reader may see, and nothing for the operator', async () => {
    const w = await talksWorld(t);
    await w.post(w.c.gov, w.plenary, 'The government will attend.');
    await w.post(w.c.opp, await w.caucus('opp'), 'Only between us.');
    const poll = await w.c.opp.post(`/api/channels/${await w.caucus('opp')}/polls`, {
      question: 'Do we attend?',
      options: ['yes', 'no'],
    });
    expect(poll.statusCode, poll.body).toBe(200);

    const opp = await attentionOf(w.c.opp, w.roundId);
    expect(opp).toMatchObject({ unread: 1, pollsAwaitingVote: 1, invitationsToAnswer: 0 });
    expect(opp!.unreadChannels).toEqual([{ channelId: w.plenary, kind: 'plenary', unread: 1 }]);
    const spokesperson = await attentionOf(w.c.oppSpokesperson, w.roundId);
    expect(spokesperson).toMatchObject({ unread: 2, pollsAwaitingVote: 1 });
    // The government's own message is read; the opposition's caucus does not exist for it.
    const gov = await attentionOf(w.c.gov, w.roundId);
    expect(gov).toMatchObject({ unread: 0, unreadChannels: [], pollsAwaitingVote: 0 });
    expect(JSON.stringify(gov)).not.toContain(await w.caucus('opp'));
    expect(await attentionOf(w.c.operator, w.roundId)).toBeUndefined();
  });

  it('counts pending proposals for the penholder only', async () => {
    const w = await textsWorld(t);
    const doc: TextView = await createdText(w);
    const bracket = doc.revision.provisions[1]!.content[1] as { id: string };
    const proposed = await w.c.opp.post(`/api/texts/${doc.id}/proposals`, {
      basedOnRevision: doc.currentRevision,
      operation: {
        op: 'add_option',
        bracketId: bracket.id,
        option: { kind: 'wording', text: 'jointly' },
      },
      rationale: 'A middle way.',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(await attentionOf(w.c.ru, w.roundId)).toMatchObject({ proposalsAwaitingPenholder: 1 });
    expect(await attentionOf(w.c.opp, w.roundId)).toMatchObject({ proposalsAwaitingPenholder: 0 });
    expect(await attentionOf(w.c.us, w.roundId)).toMatchObject({ proposalsAwaitingPenholder: 0 });
  });

  it('needs a sign-in', async () => {
    expect((await t.client().get('/api/attention')).statusCode).toBe(401);
  });
});
