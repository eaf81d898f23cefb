import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../connection.ts';
import { actorFocalPoints, authSessions, users } from '../schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Tx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function findUser(db: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Tx, row: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values({ ...row, email: row.email.toLowerCase() });
}

export async function listAccounts(db: Tx) {
  const rows = await db
    .select({ user: users, actorId: actorFocalPoints.actorId })
    .from(users)
    .leftJoin(actorFocalPoints, eq(actorFocalPoints.userId, users.id))
    .orderBy(asc(users.email));
  return rows.map((r) => ({ ...r.user, actorId: r.actorId }));
}

export async function addFocalPoint(db: Tx, actorId: string, userId: string): Promise<void> {
  await db.insert(actorFocalPoints).values({ actorId, userId }).onConflictDoNothing();
}

export async function focalActorIds(db: Tx, userId: string): Promise<string[]> {
  const rows = await db.select().from(actorFocalPoints).where(eq(actorFocalPoints.userId, userId));
  return rows.map((r) => r.actorId);
}

// ---- sign-in sessions ----
export type AuthSessionRow = typeof authSessions.$inferSelect;

export async function insertAuthSession(
  db: Tx,
  row: typeof authSessions.$inferInsert,
): Promise<void> {
  await db.insert(authSessions).values(row);
}

export async function findLiveAuthSession(db: Tx, tokenHash: string) {
  const [row] = await db
    .select({ session: authSessions, user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.tokenHash, tokenHash), isNull(authSessions.revokedAt)));
  return row;
}

export async function touchAuthSession(db: Tx, id: string, at: Date): Promise<void> {
  await db.update(authSessions).set({ lastSeenAt: at }).where(eq(authSessions.id, id));
}

export async function listLiveAuthSessions(db: Tx, userId: string): Promise<AuthSessionRow[]> {
  return db
    .select()
    .from(authSessions)
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .orderBy(asc(authSessions.createdAt));
}

/** Revokes only the user's own session; answers whether one was revoked. */
export async function revokeAuthSession(
  db: Tx,
  userId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(authSessions)
    .set({ revokedAt: at })
    .where(
      and(eq(authSessions.id, id), eq(authSessions.userId, userId), isNull(authSessions.revokedAt)),
    )
    .returning({ id: authSessions.id });
  return rows.length > 0;
}
