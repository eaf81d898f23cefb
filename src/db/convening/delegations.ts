import { and, eq, isNull } from 'drizzle-orm';
import type { MemberRole } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { memberInvites, members } from '../schema.ts';

export async function insertMember(
  db: Tx,
  m: { id: string; participantId: string; userId: string; role: MemberRole; addedAt: Date },
): Promise<void> {
  await db.insert(members).values(m);
}

export async function removeMember(db: Tx, id: string, at: Date): Promise<void> {
  await db.update(members).set({ removedAt: at }).where(eq(members.id, id));
}

export async function findMember(db: Tx, id: string) {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.id, id), isNull(members.removedAt)));
  return row;
}

export async function insertMemberInvite(
  db: Tx,
  row: typeof memberInvites.$inferInsert,
): Promise<void> {
  await db.insert(memberInvites).values(row);
}

export async function findMemberInvite(db: Tx, tokenHash: string) {
  const [row] = await db.select().from(memberInvites).where(eq(memberInvites.tokenHash, tokenHash));
  return row;
}

export async function markMemberInviteUsed(db: Tx, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(memberInvites)
    .set({ usedAt: at })
    .where(and(eq(memberInvites.tokenHash, tokenHash), isNull(memberInvites.usedAt)))
    .returning({ t: memberInvites.tokenHash });
  return rows.length > 0;
}
