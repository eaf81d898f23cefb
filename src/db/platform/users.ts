import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../connection.ts';
import { actorFocalPoints, signIns, users } from '../schema.ts';

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

/** Every account with the actor it is a focal point of, or only the one asked for. */
export async function listAccounts(db: Tx, onlyId?: string) {
  const rows = await db
    .select({ user: users, actorId: actorFocalPoints.actorId })
    .from(users)
    .leftJoin(actorFocalPoints, eq(actorFocalPoints.userId, users.id))
    .where(onlyId === undefined ? undefined : eq(users.id, onlyId))
    .orderBy(asc(users.email));
  return rows.map((r) => ({ ...r.user, actorId: r.actorId }));
}

export async function setDisplayName(db: Tx, id: string, displayName: string): Promise<void> {
  await db.update(users).set({ displayName }).where(eq(users.id, id));
}

export async function setPasswordHash(db: Tx, id: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, id));
}

/** Disables the account (`at`) or enables it again (null). */
export async function setDisabledAt(db: Tx, id: string, at: Date | null): Promise<void> {
  await db.update(users).set({ disabledAt: at }).where(eq(users.id, id));
}

export async function addFocalPoint(db: Tx, actorId: string, userId: string): Promise<void> {
  await db.insert(actorFocalPoints).values({ actorId, userId }).onConflictDoNothing();
}

export async function focalActorIds(db: Tx, userId: string): Promise<string[]> {
  const rows = await db.select().from(actorFocalPoints).where(eq(actorFocalPoints.userId, userId));
  return rows.map((r) => r.actorId);
}

// ---- sign-in sessions ----
export type SignInRow = typeof signIns.$inferSelect;

export async function insertSignIn(db: Tx, row: typeof signIns.$inferInsert): Promise<void> {
  await db.insert(signIns).values(row);
}

export async function findLiveSignIn(db: Tx, tokenHash: string) {
  const [row] = await db
    .select({ signIn: signIns, user: users })
    .from(signIns)
    .innerJoin(users, eq(users.id, signIns.userId))
    // A disabled account's sign-ins are ended when it is disabled; this holds even if one was missed.
    .where(
      and(eq(signIns.tokenHash, tokenHash), isNull(signIns.revokedAt), isNull(users.disabledAt)),
    );
  return row;
}

export async function touchSignIn(db: Tx, id: string, at: Date): Promise<void> {
  await db.update(signIns).set({ lastSeenAt: at }).where(eq(signIns.id, id));
}

export async function listLiveSignIns(db: Tx, userId: string): Promise<SignInRow[]> {
  return db
    .select()
    .from(signIns)
    .where(and(eq(signIns.userId, userId), isNull(signIns.revokedAt)))
    .orderBy(asc(signIns.createdAt));
}

/** Revokes only the user's own session; answers whether one was revoked. */
export async function revokeSignIn(db: Tx, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(signIns)
    .set({ revokedAt: at })
    .where(and(eq(signIns.id, id), eq(signIns.userId, userId), isNull(signIns.revokedAt)))
    .returning({ id: signIns.id });
  return rows.length > 0;
}

/** Ends every live sign-in of the user but `except` (if given); answers the ids ended. */
export async function revokeSignInsOf(
  db: Tx,
  userId: string,
  except: string | null,
  at: Date,
): Promise<string[]> {
  const rows = await db
    .update(signIns)
    .set({ revokedAt: at })
    .where(
      and(
        eq(signIns.userId, userId),
        isNull(signIns.revokedAt),
        except === null ? undefined : ne(signIns.id, except),
      ),
    )
    .returning({ id: signIns.id });
  return rows.map((r) => r.id).sort();
}
