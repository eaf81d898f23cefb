import { DomainError } from '../errors.ts';

export interface Poll {
  id: string;
  channelId: string;
  question: string;
  options: string[];
  closesAt: Date | null;
  closeWhenAllVoted: boolean;
  secret: boolean;
  createdBy: string;
  createdAt: Date;
  closedAt: Date | null;
  outcome: number[] | null;
}

export interface Vote {
  userId: string;
  option: number;
}

export const tally = (poll: Pick<Poll, 'options'>, votes: readonly Vote[]) =>
  poll.options.map((_, i) => votes.filter((v) => v.option === i).length);

/** Whether an open poll should close now: its time has come, or every member of the delegation has voted. */
export function shouldClose(
  poll: Poll,
  votes: readonly Vote[],
  electorate: readonly string[],
  now: Date,
): boolean {
  if (poll.closedAt) return false;
  if (poll.closesAt && poll.closesAt <= now) return true;
  return (
    poll.closeWhenAllVoted &&
    electorate.length > 0 &&
    electorate.every((u) => votes.some((v) => v.userId === u))
  );
}

export function castVote(
  poll: Poll,
  userId: string,
  option: number,
  electorate: readonly string[],
  now: Date,
): Vote {
  if (poll.closedAt || (poll.closesAt && poll.closesAt <= now))
    throw new DomainError('invalid_transition', 'This poll is closed.');
  if (!electorate.includes(userId))
    throw new DomainError('forbidden', 'Only members of the delegation vote.');
  if (!Number.isInteger(option) || option < 0 || option >= poll.options.length) {
    throw new DomainError('validation_failed', 'No such option.');
  }
  return { userId, option };
}

export interface PollViewInput {
  poll: Poll;
  votes: readonly Vote[];
  electorate: readonly string[];
  viewerUserId: string;
}

/** Counts appear once the poll is closed; who voted what, only for open ballots. */
export function presentPoll({ poll, votes, electorate, viewerUserId }: PollViewInput) {
  const closed = poll.closedAt !== null;
  return {
    id: poll.id,
    channelId: poll.channelId,
    question: poll.question,
    options: poll.options,
    closesAt: poll.closesAt?.toISOString() ?? null,
    closeWhenAllVoted: poll.closeWhenAllVoted,
    secret: poll.secret,
    createdBy: poll.createdBy,
    status: closed ? ('closed' as const) : ('open' as const),
    closedAt: poll.closedAt?.toISOString() ?? null,
    electorate: electorate.length,
    voted: votes.length,
    myVote: votes.find((v) => v.userId === viewerUserId)?.option ?? null,
    outcome: closed ? (poll.outcome ?? tally(poll, votes)) : null,
    ballots:
      closed && !poll.secret ? votes.map((v) => ({ userId: v.userId, option: v.option })) : null,
  };
}
