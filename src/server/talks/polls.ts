import { DomainError, notFound } from '../../core/errors.ts';
import type { Principal } from '../../core/policy/index.ts';
import { castVote, presentPoll, shouldClose, tally, type Poll } from '../../core/talks/polls.ts';
import { pollRepo, talkRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit, type Recorder } from '../kernel/unit-of-work.ts';

async function caucusOf(db: Tx, channelId: string) {
  const channel = await talkRepo.findChannel(db, channelId);
  if (!channel) throw notFound('Channel');
  if (channel.kind !== 'caucus' || !channel.ownerParticipantId) {
    throw new DomainError('validation_failed', 'Decisions are taken in a delegation’s caucus.');
  }
  return { channel, electorate: await pollRepo.delegationUserIds(db, channel.ownerParticipantId) };
}

/** Closes a poll whose time has come or whose electorate has all voted, recording the outcome. */
async function settle(
  tx: Tx,
  record: Recorder,
  poll: Poll,
  electorate: string[],
  now: Date,
): Promise<Poll> {
  const votes = await pollRepo.votesOf(tx, poll.id);
  if (!shouldClose(poll, votes, electorate, now)) return poll;
  const outcome = tally(poll, votes);
  if (await pollRepo.closePoll(tx, poll.id, now, outcome)) {
    await record(
      'poll.close',
      { kind: 'poll', id: poll.id },
      { outcome, voted: votes.length, electorate: electorate.length },
    );
  }
  return { ...poll, closedAt: now, outcome };
}

async function viewOf(ctx: AppContext, poll: Poll, electorate: string[], userId: string) {
  const votes = await pollRepo.votesOf(ctx.database.db, poll.id);
  return presentPoll({ poll, votes, electorate, viewerUserId: userId });
}

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

export async function listPolls(ctx: AppContext, principal: Principal, channelId: string) {
  const { channel, electorate } = await caucusOf(ctx.database.db, channelId);
  const list = await pollRepo.pollsOf(ctx.database.db, channelId);
  const settled = await commit(ctx, principal.userId, channel.roundId, async (tx, record, now) => {
    const out: Poll[] = [];
    for (const p of list) out.push(await settle(tx, record, p, electorate, now));
    return out;
  });
  return Promise.all(settled.map((p) => viewOf(ctx, p, electorate, principal.userId)));
}
