import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { MemberRole } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { memberInvites, members, participants } from '../schema.ts';

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

/** A member who was removed, with the round of its delegation: what an undo acts on. */
export async function findRemovedMember(db: Tx, id: string) {
  const [row] = await db
    .select({ member: members, roundId: participants.roundId })
    .from(members)
    .innerJoin(participants, eq(participants.id, members.participantId))
    .where(and(eq(members.id, id), isNotNull(members.removedAt)));
  return row && { ...row.member, removedAt: row.member.removedAt!, roundId: row.roundId };
}

/** Whether the user sits in this delegation now (through another membership, say). */
export async function isMemberOf(db: Tx, participantId: string, userId: string) {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        eq(members.participantId, participantId),
        eq(members.userId, userId),
        isNull(members.removedAt),
      ),
    );
  return row !== undefined;
}

export async function restoreMember(db: Tx, id: string): Promise<void> {
  await db.update(members).set({ removedAt: null }).where(eq(members.id, id));
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
