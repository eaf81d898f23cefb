import { notFound } from '../../core/errors.ts';
import type { Principal } from '../../core/policy/index.ts';
import { castVote } from '../../core/talks/polls.ts';
import { pollRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { caucusOf, settle, viewOf } from './polls.ts';

export async function vote(ctx: AppContext, principal: Principal, pollId: string, option: number) {
  const found = await pollRepo.findPoll(ctx.database.db, pollId);
  if (!found) throw notFound('Poll');
  const { channel, electorate } = await caucusOf(ctx.database.db, found.channelId);
  const poll = await commit(ctx, principal.userId, channel.roundId, async (tx, record, now) => {
    const current = (await pollRepo.findPoll(tx, pollId))!;
    const settled = await settle(tx, record, current, electorate, now);
    const ballot = castVote(settled, principal.userId, option, electorate, now);
    await pollRepo.putVote(tx, pollId, ballot, now);
    // A secret ballot's choice never enters the record.
    await record('poll.vote', { kind: 'poll', id: pollId }, settled.secret ? {} : { option });
    return settle(tx, record, settled, electorate, now);
  });
  await announce(ctx, { type: 'poll', roundId: channel.roundId, channelId: channel.id, pollId });
  return viewOf(ctx, poll, electorate, principal.userId);
}
