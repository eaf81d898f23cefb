import { allowedActions, can, isConvener, type Principal } from '../policy/index.ts';
import type { RoundView } from './schemas.ts';
import { agendaItemState } from './agenda.ts';
import { hasStarted } from './sessions.ts';
import type { Invitation, RoundAggregate } from './types.ts';

const iso = (d: Date) => d.toISOString();

/**
 * Whether the viewer reads the round only as the platform's operator: its public facts (title,
 * venue, dates, participants, the schedule), nothing of its business. On a self-hosted platform
 * the operator is often the host state's staff.
 */
function seesPublicFactsOnly(agg: RoundAggregate, viewer: Principal): boolean {
  return !can({ ...viewer, isOperator: false }, 'round.read', {
    kind: 'round',
    invitedActorIds: agg.invitations.map((i) => i.actor.id),
  });
}

/**
 * What one principal may see of a round. Delegation rosters go to their own members only;
 * a private decline reason goes to the conveners and the invitee only; the operator sees the
 * public facts alone.
 */
export function presentRound(agg: RoundAggregate, viewer: Principal, now: Date): RoundView {
  const view = presentToInsider(agg, viewer, now);
  if (!seesPublicFactsOnly(agg, viewer)) return view;
  return {
    ...view,
    viewer: { ...view.viewer, publicFactsOnly: true },
    // A decline made public is a public fact; every other invitation is the conveners' business.
    invitations: view.invitations.filter((i) => i.status === 'declined' && i.reasonPublic),
    sessions: view.sessions.map((s) => ({ ...s, formatChanges: [], attendance: [] })),
    agenda: [],
  };
}

function presentToInsider(agg: RoundAggregate, viewer: Principal, now: Date): RoundView {
  const ownParticipants = new Set(viewer.seats.map((s) => s.participantId));
  const convener = isConvener(viewer);
  return {
    id: agg.round.id,
    processId: agg.round.processId,
    processTitle: agg.round.processTitle,
    title: agg.round.title,
    venue: agg.round.venue,
    startsOn: agg.round.startsOn,
    endsOn: agg.round.endsOn,
    timeZone: agg.round.timeZone,
    viewer: presentViewer(agg, viewer, ownParticipants, convener),
    settings: { sessionChannelsCloseAtEnd: agg.round.sessionChannelsCloseAtEnd },
    participants: presentParticipants(agg, ownParticipants),
    invitations: presentInvitations(agg, viewer, convener),
    sessions: presentSessions(agg, now),
    agenda: presentAgenda(agg),
  };
}

function presentViewer(
  agg: RoundAggregate,
  viewer: Principal,
  ownParticipants: ReadonlySet<string>,
  convener: boolean,
): RoundView['viewer'] {
  return {
    participantIds: [...ownParticipants],
    headOf: viewer.seats.filter((s) => s.role === 'head').map((s) => s.participantId),
    isConvener: convener,
    publicFactsOnly: false,
    speaksFor: agg.participants
      .filter((p) =>
        can(viewer, 'agenda.setStance', { kind: 'agenda_item', ownerParticipantId: p.id }),
      )
      .map((p) => p.id),
    manages: agg.participants
      .filter((p) =>
        can(viewer, 'delegation.manage', { kind: 'delegation', ownerParticipantId: p.id }),
      )
      .map((p) => p.id),
    actions: allowedActions(viewer, {
      round: { kind: 'round' },
      session: { kind: 'session' },
      invitation: { kind: 'invitation' },
    }),
  };
}

/** Delegation rosters go to their own members only. */
function presentParticipants(
  agg: RoundAggregate,
  ownParticipants: ReadonlySet<string>,
): RoundView['participants'] {
  return agg.participants.map((p) => ({
    id: p.id,
    actor: p.actor,
    capacity: p.capacity,
    representationLevel: p.representationLevel,
    seatedAt: iso(p.seatedAt),
    inMediatorTeam: agg.round.mediatorTeam.includes(p.id),
    delegation: ownParticipants.has(p.id)
      ? agg.members
          .filter((m) => m.participantId === p.id)
          .map((m) => ({ id: m.id, userId: m.userId, displayName: m.displayName, role: m.role }))
      : null,
  }));
}

/** A private decline reason goes to the conveners and the invitee only. */
function presentInvitations(
  agg: RoundAggregate,
  viewer: Principal,
  convener: boolean,
): RoundView['invitations'] {
  const mayReadReason = (i: Invitation) =>
    i.reasonPublic === true || convener || viewer.actorIds.includes(i.actor.id);
  return agg.invitations.map((i) => ({
    id: i.id,
    actor: i.actor,
    capacity: i.capacity,
    representationLevel: i.representationLevel,
    status: i.status,
    reason: mayReadReason(i) ? i.reason : null,
    reasonPublic: i.status === 'declined' ? i.reasonPublic : null,
    createdAt: iso(i.createdAt),
    respondedAt: i.respondedAt ? iso(i.respondedAt) : null,
    canRespond:
      i.status === 'pending' &&
      can(viewer, 'invitation.respond', { kind: 'invitation', invitedActorIds: [i.actor.id] }),
  }));
}

function presentSessions(agg: RoundAggregate, now: Date): RoundView['sessions'] {
  return [...agg.sessions]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((s) => ({
      id: s.id,
      title: s.title,
      format: s.format,
      startsAt: iso(s.startsAt),
      endsAt: iso(s.endsAt),
      room: s.room,
      participantIds: s.participantIds,
      started: hasStarted(s, now),
      formatChanges: s.formatChanges.map((c) => ({ ...c, at: iso(c.at) })),
      attendance: s.attendance,
    }));
}

function presentAgenda(agg: RoundAggregate): RoundView['agenda'] {
  return agg.agenda.map((item) => ({
    id: item.id,
    title: item.title,
    track: item.track,
    proposedBy: item.proposedBy,
    state: agendaItemState(item, agg.participants),
    stances: item.stances.map((s) => ({ ...s, updatedAt: iso(s.updatedAt) })),
  }));
}
