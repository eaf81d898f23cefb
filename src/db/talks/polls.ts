import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Poll, Vote } from '../../core/talks/polls.ts';
import type { Tx } from '../connection.ts';
import { members, pollVotes, polls } from '../schema.ts';

export async function insertPoll(db: Tx, poll: Poll): Promise<void> {
  await db.insert(polls).values(poll);
}

export async function findPoll(db: Tx, id: string): Promise<Poll | undefined> {
  const [row] = await db.select().from(polls).where(eq(polls.id, id));
  return row;
}

export async function pollsOf(db: Tx, channelId: string): Promise<Poll[]> {
  return db
    .select()
    .from(polls)
    .where(eq(polls.channelId, channelId))
    .orderBy(asc(polls.createdAt));
}

export async function votesOf(db: Tx, pollId: string): Promise<Vote[]> {
  return db
    .select({ userId: pollVotes.userId, option: pollVotes.option })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, pollId));
}

/** One vote per member; voting again changes it while the poll is open. */
export async function putVote(db: Tx, pollId: string, vote: Vote, at: Date): Promise<void> {
  await db
    .insert(pollVotes)
    .values({ pollId, ...vote, votedAt: at })
    .onConflictDoUpdate({
      target: [pollVotes.pollId, pollVotes.userId],
      set: { option: vote.option, votedAt: at },
    });
}

export async function closePoll(db: Tx, id: string, at: Date, outcome: number[]): Promise<boolean> {
  const rows = await db
    .update(polls)
    .set({ closedAt: at, outcome })
    .where(and(eq(polls.id, id), isNull(polls.closedAt)))
    .returning({ id: polls.id });
  return rows.length > 0;
}

/** The users of a delegation now: a caucus poll's electorate. */
export async function delegationUserIds(db: Tx, participantId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.participantId, participantId), isNull(members.removedAt)));
  return [...new Set(rows.map((r) => r.userId))];
}
