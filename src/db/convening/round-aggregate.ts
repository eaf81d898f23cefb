import { and, asc, eq, isNull } from 'drizzle-orm';
import type {
  AgendaItem,
  Invitation,
  Member,
  Participant,
  RoundAggregate,
  Session,
} from '../../core/convening/types.ts';
import type {
  AgendaStance,
  Attendance,
  Capacity,
  InvitationStatus,
  MemberRole,
  RepresentationLevel,
  SessionFormat,
  Track,
} from '../../core/vocabulary.ts';
import type { Tx } from '../connection.ts';
import {
  agendaItems,
  agendaStances,
  invitations,
  members,
  participants,
  processes,
  rounds,
  sessions,
  users,
} from '../schema.ts';
import { loadActors } from '../platform/index.ts';

export async function loadRoundAggregate(
  db: Tx,
  roundId: string,
): Promise<RoundAggregate | undefined> {
  const round = await loadRound(db, roundId);
  if (!round) return undefined;
  const [participantRows, invitationRows, memberList, sessionList, agenda] = await Promise.all([
    loadParticipantRows(db, roundId),
    loadInvitationRows(db, roundId),
    loadMembers(db, roundId),
    loadSessions(db, roundId),
    loadAgenda(db, roundId),
  ]);
  // One look-up for the actors of both lists.
  const actorMap = await loadActors(db, [
    ...participantRows.map((p) => p.actorId),
    ...invitationRows.map((i) => i.actorId),
  ]);
  const actorOf = (id: string) => {
    const actor = actorMap.get(id);
    if (!actor) throw new Error(`actor ${id} missing`);
    return actor;
  };
  return {
    round,
    participants: participantRows.map((p) => toParticipant(p, actorOf)),
    members: memberList,
    invitations: invitationRows.map((i) => toInvitation(i, actorOf)),
    sessions: sessionList,
    agenda,
  };
}

type ActorOf = (id: string) => Participant['actor'];

async function loadRound(db: Tx, roundId: string): Promise<RoundAggregate['round'] | undefined> {
  const [head] = await db
    .select({ round: rounds, processTitle: processes.title })
    .from(rounds)
    .innerJoin(processes, eq(processes.id, rounds.processId))
    .where(eq(rounds.id, roundId));
  if (!head) return undefined;
  const r = head.round;
  return {
    id: r.id,
    processId: r.processId,
    processTitle: head.processTitle,
    title: r.title,
    venue: r.venue,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    timeZone: r.timeZone,
    mediatorTeam: r.mediatorTeam,
    sessionChannelsCloseAtEnd: r.sessionChannelsCloseAtEnd,
  };
}

async function loadParticipantRows(db: Tx, roundId: string) {
  return await db
    .select()
    .from(participants)
    .where(eq(participants.roundId, roundId))
    .orderBy(asc(participants.seatedAt));
}

function toParticipant(p: typeof participants.$inferSelect, actorOf: ActorOf): Participant {
  return {
    id: p.id,
    roundId: p.roundId,
    actor: actorOf(p.actorId),
    capacity: p.capacity as Capacity,
    representationLevel: p.representationLevel as RepresentationLevel,
    seatedAt: p.seatedAt,
  };
}

async function loadInvitationRows(db: Tx, roundId: string) {
  return await db
    .select()
    .from(invitations)
    .where(eq(invitations.roundId, roundId))
    .orderBy(asc(invitations.createdAt));
}

function toInvitation(i: typeof invitations.$inferSelect, actorOf: ActorOf): Invitation {
  return {
    id: i.id,
    roundId: i.roundId,
    actor: actorOf(i.actorId),
    capacity: i.capacity as Capacity,
    representationLevel: i.representationLevel as RepresentationLevel,
    status: i.status as InvitationStatus,
    reason: i.reason,
    reasonPublic: i.reasonPublic,
    createdAt: i.createdAt,
    respondedAt: i.respondedAt,
  };
}

async function loadMembers(db: Tx, roundId: string): Promise<Member[]> {
  const rows = await db
    .select({ member: members, displayName: users.displayName })
    .from(members)
    .innerJoin(participants, eq(participants.id, members.participantId))
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(participants.roundId, roundId), isNull(members.removedAt)))
    .orderBy(asc(members.addedAt));
  return rows.map(({ member, displayName }) => ({
    id: member.id,
    participantId: member.participantId,
    userId: member.userId,
    displayName,
    role: member.role as MemberRole,
  }));
}

async function loadSessions(db: Tx, roundId: string): Promise<Session[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(eq(sessions.roundId, roundId))
    .orderBy(asc(sessions.startsAt));
  return rows.map((s) => ({
    id: s.id,
    roundId: s.roundId,
    title: s.title,
    format: s.format as SessionFormat,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room,
    participantIds: s.participantIds,
    formatChanges: s.formatChanges.map((c) => ({
      from: c.from as SessionFormat,
      to: c.to as SessionFormat,
      reason: c.reason,
      at: new Date(c.at),
    })),
    attendance: s.attendance.map((a) => ({
      participantId: a.participantId,
      status: a.status as Attendance,
    })),
  }));
}

async function loadAgenda(db: Tx, roundId: string): Promise<AgendaItem[]> {
  const [itemRows, stanceRows] = await Promise.all([
    db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.roundId, roundId))
      .orderBy(asc(agendaItems.position)),
    db
      .select({ stance: agendaStances })
      .from(agendaStances)
      .innerJoin(agendaItems, eq(agendaItems.id, agendaStances.itemId))
      .where(eq(agendaItems.roundId, roundId)),
  ]);
  return itemRows.map((item) => ({
    id: item.id,
    roundId: item.roundId,
    title: item.title,
    track: item.track as Track,
    proposedBy: item.proposedBy,
    stances: stanceRows
      .filter((s) => s.stance.itemId === item.id)
      .map(({ stance }) => ({
        participantId: stance.participantId,
        stance: stance.stance as AgendaStance,
        comment: stance.comment,
        updatedAt: stance.updatedAt,
      })),
  }));
}
