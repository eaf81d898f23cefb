import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../connection.ts';
import {
  actorFocalPoints,
  actors,
  invitations,
  members,
  participants,
  processConveners,
  processes,
  rounds,
  users,
} from '../schema.ts';

export type ProcessRow = typeof processes.$inferSelect;
export type RoundRow = typeof rounds.$inferSelect;

export async function insertProcess(db: Tx, row: ProcessRow): Promise<void> {
  await db.insert(processes).values(row);
}

export async function findProcess(db: Tx, id: string): Promise<ProcessRow | undefined> {
  const [row] = await db.select().from(processes).where(eq(processes.id, id));
  return row;
}

export async function editProcess(
  db: Tx,
  id: string,
  fields: { title: string; description: string },
): Promise<void> {
  await db.update(processes).set(fields).where(eq(processes.id, id));
}

export async function roundsOf(db: Tx, processIds: readonly string[]): Promise<RoundRow[]> {
  if (processIds.length === 0) return [];
  return db
    .select()
    .from(rounds)
    .where(inArray(rounds.processId, [...processIds]))
    .orderBy(asc(rounds.startsOn));
}

export async function convenersOf(db: Tx, processId: string) {
  return db
    .select({
      userId: processConveners.userId,
      displayName: users.displayName,
      actorId: processConveners.actorId,
      actorName: actors.name,
    })
    .from(processConveners)
    .innerJoin(users, eq(users.id, processConveners.userId))
    .innerJoin(actors, eq(actors.id, processConveners.actorId))
    .where(eq(processConveners.processId, processId));
}

export async function appointConvener(
  db: Tx,
  processId: string,
  userId: string,
  actorId: string,
): Promise<void> {
  await db.insert(processConveners).values({ processId, userId, actorId }).onConflictDoNothing();
}

export async function isProcessConvener(
  db: Tx,
  processId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ userId: processConveners.userId })
    .from(processConveners)
    .where(and(eq(processConveners.processId, processId), eq(processConveners.userId, userId)));
  return row !== undefined;
}

/** Processes the user is part of: as appointed convener, through a current seat, or as an invitee. */
export async function processIdsFor(db: Tx, userId: string): Promise<string[]> {
  const convened = await db
    .select({ id: processConveners.processId })
    .from(processConveners)
    .where(eq(processConveners.userId, userId));
  const seated = await db
    .select({ id: rounds.processId })
    .from(members)
    .innerJoin(participants, eq(participants.id, members.participantId))
    .innerJoin(rounds, eq(rounds.id, participants.roundId))
    .where(and(eq(members.userId, userId), isNull(members.removedAt)));
  // Invitees see the process they are invited into, so they can find the invitation to answer.
  const invited = await db
    .select({ id: rounds.processId })
    .from(actorFocalPoints)
    .innerJoin(invitations, eq(invitations.actorId, actorFocalPoints.actorId))
    .innerJoin(rounds, eq(rounds.id, invitations.roundId))
    .where(eq(actorFocalPoints.userId, userId));
  return [...new Set([...convened, ...seated, ...invited].map((r) => r.id))];
}

export async function listProcesses(db: Tx, ids: readonly string[] | 'all'): Promise<ProcessRow[]> {
  const query = db.select().from(processes);
  if (ids === 'all') return query.orderBy(asc(processes.createdAt));
  if (ids.length === 0) return [];
  return query.where(or(inArray(processes.id, [...ids]))).orderBy(asc(processes.createdAt));
}

export async function insertRound(db: Tx, row: typeof rounds.$inferInsert): Promise<void> {
  await db.insert(rounds).values(row);
}

export async function findRound(db: Tx, id: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
  return row;
}

export async function setMediatorTeam(
  db: Tx,
  roundId: string,
  participantIds: string[],
): Promise<void> {
  await db.update(rounds).set({ mediatorTeam: participantIds }).where(eq(rounds.id, roundId));
}

/** Appointed convener of any process, or head/deputy of a sponsor or mediator delegation anywhere. */
export async function convenesAnywhere(db: Tx, userId: string): Promise<boolean> {
  const [appointed] = await db
    .select({ p: processConveners.processId })
    .from(processConveners)
    .where(eq(processConveners.userId, userId))
    .limit(1);
  if (appointed) return true;
  const [seated] = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(participants, eq(participants.id, members.participantId))
    .where(
      and(
        eq(members.userId, userId),
        isNull(members.removedAt),
        inArray(participants.capacity, ['sponsor', 'mediator']),
        inArray(members.role, ['head', 'deputy']),
      ),
    )
    .limit(1);
  return seated !== undefined;
}
