import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../connection.ts';
import { setupLinks, users } from '../schema.ts';

export type SetupLinkRow = typeof setupLinks.$inferSelect;

export async function insertSetupLink(tx: Tx, row: typeof setupLinks.$inferInsert): Promise<void> {
  await tx.insert(setupLinks).values(row);
}

/** The link behind a token's hash, while it is unused; `lock` holds it until the transaction ends. */
export async function findUnusedSetupLink(
  db: Tx,
  tokenHash: string,
  lock = false,
): Promise<SetupLinkRow | undefined> {
  const query = db
    .select()
    .from(setupLinks)
    .where(and(eq(setupLinks.tokenHash, tokenHash), isNull(setupLinks.usedAt)));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

export async function markSetupLinkUsed(tx: Tx, tokenHash: string, at: Date): Promise<void> {
  await tx.update(setupLinks).set({ usedAt: at }).where(eq(setupLinks.tokenHash, tokenHash));
}

export async function operatorExists(db: Tx): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.isOperator, true))
    .limit(1);
  return row !== undefined;
}
