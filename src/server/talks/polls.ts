import { DomainError, notFound } from '../../core/errors.ts';
import { presentPoll, shouldClose, tally, type Poll } from '../../core/talks/polls.ts';
import { pollRepo, talkRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { type Recorder } from '../kernel/unit-of-work.ts';

export async function caucusOf(db: Tx, channelId: string) {
  const channel = await talkRepo.findChannel(db, channelId);
  if (!channel) throw notFound('Channel');
  if (channel.kind !== 'caucus' || !channel.ownerParticipantId) {
    throw new DomainError('validation_failed', 'Decisions are taken in a delegation’s caucus.');
  }
  return { channel, electorate: await pollRepo.delegationUserIds(db, channel.ownerParticipantId) };
}

/** Closes a poll whose time has come or whose electorate has all voted, recording the outcome. */
export async function settle(
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

export async function viewOf(ctx: AppContext, poll: Poll, electorate: string[], userId: string) {
  const votes = await pollRepo.votesOf(ctx.database.db, poll.id);
  return presentPoll({ poll, votes, electorate, viewerUserId: userId });
}
