import { describe, expect, it } from 'vitest';
import type { PollView } from '../../../core/talks/schemas.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { talksWorld } from '../../testing/talks-world.ts';

const t = sharedTestApp();

describe('caucus decisions', () => {
  it('close when every member has voted, with the outcome recorded', async () => {
    const w = await talksWorld(t);
    const caucus = await w.caucus('opp');
    const created = await w.c.opp.post(`/api/channels/${caucus}/polls`, {
      question: 'Do we attend the opening session?',
      options: ['attend', 'do not attend'],
      closeWhenAllVoted: true,
    });
    expect(created.statusCode, created.body).toBe(200);
    const poll = created.json() as PollView;
    expect(poll).toMatchObject({ status: 'open', electorate: 2, voted: 0, outcome: null });
    const first = (
      await w.c.opp.post(`/api/polls/${poll.id}/votes`, { option: 0 })
    ).json() as PollView;
    expect(first).toMatchObject({
      status: 'open',
      voted: 1,
      myVote: 0,
      outcome: null,
      ballots: null,
    });
    // A vote changes while the poll is open; it still counts once.
    const changed = (
      await w.c.opp.post(`/api/polls/${poll.id}/votes`, { option: 1 })
    ).json() as PollView;
    expect(changed).toMatchObject({ status: 'open', voted: 1, myVote: 1 });
    await w.c.opp.post(`/api/polls/${poll.id}/votes`, { option: 0 });
    const last = (
      await w.c.oppSpokesperson.post(`/api/polls/${poll.id}/votes`, { option: 0 })
    ).json() as PollView;
    expect(last).toMatchObject({ status: 'closed', outcome: [2, 0] });
    expect(last.ballots).toHaveLength(2);
    const { recordRepo } = await import('../../../db/index.ts');
    const events = (await recordRepo.readChain(t.ctx.database.db)).events;
    expect(events.at(-1)).toMatchObject({ action: 'poll.close', payload: { outcome: [2, 0] } });
    const late = await w.c.opp.post(`/api/polls/${poll.id}/votes`, { option: 1 });
    expect(late.statusCode).toBe(409);
  });

  it('keep a secret ballot secret, and close at their time', async () => {
    const w = await talksWorld(t);
    const caucus = await w.caucus('opp');
    const poll = (
      await w.c.opp.post(`/api/channels/${caucus}/polls`, {
        question: 'Accept the guarantors’ text?',
        options: ['yes', 'no'],
        closesAt: '2017-01-20T10:00:00Z',
        closeWhenAllVoted: false,
        secret: true,
      })
    ).json() as PollView;
    await w.c.opp.post(`/api/polls/${poll.id}/votes`, { option: 1 });
    t.ports.clock.set(new Date('2017-01-20T10:00:01Z'));
    try {
      const [closed] = (await w.c.oppSpokesperson.get(`/api/channels/${caucus}/polls`)).json()
        .polls as PollView[];
      expect(closed).toMatchObject({
        status: 'closed',
        outcome: [0, 1],
        ballots: null,
        myVote: null,
      });
      const { recordRepo } = await import('../../../db/index.ts');
      const vote = (await recordRepo.readChain(t.ctx.database.db)).events.find(
        (e) => e.action === 'poll.vote' && e.subjectId === poll.id,
      );
      expect(vote?.payload).toEqual({});
    } finally {
      t.ports.clock.set(new Date('2017-01-20T09:00:00Z'));
    }
  });

  it('belong to caucuses, and to their delegation only', async () => {
    const w = await talksWorld(t);
    const onPlenary = await w.c.gov.post(`/api/channels/${w.plenary}/polls`, {
      question: 'Q?',
      options: ['a', 'b'],
    });
    expect(onPlenary.statusCode).toBe(400);
    const poll = (
      await w.c.opp.post(`/api/channels/${await w.caucus('opp')}/polls`, {
        question: 'Q?',
        options: ['a', 'b'],
      })
    ).json() as PollView;
    expect((await w.c.gov.post(`/api/polls/${poll.id}/votes`, { option: 0 })).statusCode).toBe(404);
    expect((await w.c.gov.get(`/api/channels/${await w.caucus('opp')}/polls`)).statusCode).toBe(
      404,
    );
    expect((await w.c.opp.post(`/api/polls/${poll.id}/votes`, { option: 7 })).statusCode).toBe(400);
  });
});
