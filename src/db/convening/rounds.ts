import { and, eq, isNull } from 'drizzle-orm';
import type { AgendaItem, Invitation, Participant, Session } from '../../core/convening/types.ts';
import type { RoundShape } from '../../core/talks/index.ts';
import type { AgendaStance, Capacity, MemberRole } from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import {
  actors,
  agendaItems,
  agendaStances,
  invitations,
  members,
  participants,
  rounds,
  sessions,
} from '../schema.ts';

// A delegation's members and its invite links live beside the round they are seated in.
export * from './delegations.ts';

export async function roundIdOf(
  db: Tx,
  kind: 'invitation' | 'session' | 'agenda_item' | 'participant' | 'member',
  id: string,
): Promise<string | undefined> {
  const pick = async (q: Promise<{ roundId: string }[]>) => (await q)[0]?.roundId;
  switch (kind) {
    case 'invitation':
      return pick(
        db.select({ roundId: invitations.roundId }).from(invitations).where(eq(invitations.id, id)),
      );
    case 'session':
      return pick(
        db.select({ roundId: sessions.roundId }).from(sessions).where(eq(sessions.id, id)),
      );
    case 'agenda_item':
      return pick(
        db.select({ roundId: agendaItems.roundId }).from(agendaItems).where(eq(agendaItems.id, id)),
      );
    case 'participant':
      return pick(
        db
          .select({ roundId: participants.roundId })
          .from(participants)
          .where(eq(participants.id, id)),
      );
    case 'member':
      return pick(
        db
          .select({ roundId: participants.roundId })
          .from(members)
          .innerJoin(participants, eq(participants.id, members.participantId))
          .where(and(eq(members.id, id), isNull(members.removedAt))),
      );
  }
}

/** The user's current seats in a round. */
export async function seatsIn(db: Tx, roundId: string, userId: string) {
  const rows = await db
    .select({ participantId: participants.id, capacity: participants.capacity, role: members.role })
    .from(members)
    .innerJoin(participants, eq(participants.id, members.participantId))
    .where(
      and(eq(participants.roundId, roundId), eq(members.userId, userId), isNull(members.removedAt)),
    );
  return rows.map((r) => ({
    participantId: r.participantId,
    capacity: r.capacity as Capacity,
    role: r.role as MemberRole,
  }));
}

// ---- writes ----
export async function saveInvitation(
  db: Tx,
  inv: Invitation,
  by: { invitedBy?: string; respondedBy?: string },
) {
  await db
    .insert(invitations)
    .values({
      id: inv.id,
      roundId: inv.roundId,
      actorId: inv.actor.id,
      capacity: inv.capacity,
      representationLevel: inv.representationLevel,
      status: inv.status,
      reason: inv.reason,
      reasonPublic: inv.reasonPublic,
      invitedBy: by.invitedBy ?? null,
      respondedBy: by.respondedBy ?? null,
      createdAt: inv.createdAt,
      respondedAt: inv.respondedAt,
    })
    .onConflictDoUpdate({
      target: invitations.id,
      set: {
        status: inv.status,
        reason: inv.reason,
        reasonPublic: inv.reasonPublic,
        respondedAt: inv.respondedAt,
        respondedBy: by.respondedBy ?? null,
      },
    });
}

export async function insertParticipant(
  db: Tx,
  p: Participant,
  invitationId: string | null,
): Promise<void> {
  await db.insert(participants).values({
    id: p.id,
    roundId: p.roundId,
    actorId: p.actor.id,
    capacity: p.capacity,
    representationLevel: p.representationLevel,
    invitationId,
    seatedAt: p.seatedAt,
  });
}

export async function saveSession(db: Tx, s: Session, changedBy: string | null): Promise<void> {
  const row = {
    id: s.id,
    roundId: s.roundId,
    title: s.title,
    format: s.format,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room,
    participantIds: s.participantIds,
    formatChanges: s.formatChanges.map((c) => ({
      ...c,
      at: c.at.toISOString(),
      by: changedBy ?? '',
    })),
    attendance: s.attendance,
  };
  await db
    .insert(sessions)
    .values(row)
    .onConflictDoUpdate({
      target: sessions.id,
      set: {
        format: row.format,
        participantIds: row.participantIds,
        formatChanges: row.formatChanges,
        attendance: row.attendance,
      },
    });
}

export async function insertAgendaItem(
  db: Tx,
  item: AgendaItem,
  position: number,
  createdAt: Date,
): Promise<void> {
  await db.insert(agendaItems).values({
    id: item.id,
    roundId: item.roundId,
    title: item.title,
    track: item.track,
    proposedBy: item.proposedBy,
    position,
    createdAt,
  });
}

export async function upsertStance(
  db: Tx,
  s: {
    itemId: string;
    participantId: string;
    stance: AgendaStance;
    comment: string;
    updatedBy: string;
    updatedAt: Date;
  },
): Promise<void> {
  await db
    .insert(agendaStances)
    .values(s)
    .onConflictDoUpdate({
      target: [agendaStances.itemId, agendaStances.participantId],
      set: { stance: s.stance, comment: s.comment, updatedBy: s.updatedBy, updatedAt: s.updatedAt },
    });
}

/** Actors invited to a round (or to one of its invitations), for the invitee grant. */
export async function invitedActorIds(
  db: Tx,
  roundId: string,
  invitationId?: string,
): Promise<string[]> {
  const rows = await db
    .select({ actorId: invitations.actorId })
    .from(invitations)
    .where(
      and(
        eq(invitations.roundId, roundId),
        invitationId ? eq(invitations.id, invitationId) : undefined,
      ),
    );
  return rows.map((r) => r.actorId);
}

/** The part of a round that decides channel audiences: who is seated, and the mediator team. */
export async function roundShape(db: Tx, roundId: string): Promise<RoundShape | undefined> {
  const [round] = await db
    .select({ team: rounds.mediatorTeam, closeAtEnd: rounds.sessionChannelsCloseAtEnd })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!round) return undefined;
  const rows = await db
    .select({ id: participants.id, capacity: participants.capacity, name: actors.name })
    .from(participants)
    .innerJoin(actors, eq(actors.id, participants.actorId))
    .where(eq(participants.roundId, roundId));
  const ends = round.closeAtEnd
    ? await db
        .select({ id: sessions.id, endsAt: sessions.endsAt })
        .from(sessions)
        .where(eq(sessions.roundId, roundId))
    : [];
  return {
    roundId,
    mediatorTeam: round.team,
    participants: rows,
    sessionEnds: Object.fromEntries(ends.map((s) => [s.id, s.endsAt.toISOString()])),
  };
}

export async function setSessionChannelsCloseAtEnd(db: Tx, roundId: string, value: boolean) {
  await db.update(rounds).set({ sessionChannelsCloseAtEnd: value }).where(eq(rounds.id, roundId));
}
export { loadRoundAggregate } from './round-aggregate.ts';
