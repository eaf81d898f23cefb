import type { Principal } from '../../core/policy/index.ts';
import { type Poll } from '../../core/talks/polls.ts';
import { pollRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { caucusOf, viewOf } from './polls.ts';

export async function createPoll(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  input: {
    question: string;
    options: string[];
    closesAt?: string | undefined;
    closeWhenAllVoted: boolean;
    secret: boolean;
  },
) {
  const { channel, electorate } = await caucusOf(ctx.database.db, channelId);
  const poll: Poll = {
    id: ctx.ports.ids.next(),
    channelId,
    question: input.question,
    options: input.options,
    closesAt: input.closesAt ? new Date(input.closesAt) : null,
    closeWhenAllVoted: input.closeWhenAllVoted,
    secret: input.secret,
    createdBy: principal.userId,
    createdAt: ctx.ports.clock.now(),
    closedAt: null,
    outcome: null,
  };
  await commit(ctx, principal.userId, channel.roundId, async (tx, record) => {
    await pollRepo.insertPoll(tx, poll);
    // Internal deliberations are confidential: the record keeps a digest-free summary only.
    await record(
      'poll.create',
      { kind: 'poll', id: poll.id },
      { channelId, options: poll.options.length, secret: poll.secret },
    );
  });
  await announce(ctx, { type: 'poll', roundId: channel.roundId, channelId, pollId: poll.id });
  return viewOf(ctx, poll, electorate, principal.userId);
}
