import { CONVENING_CAPACITIES } from '../vocabulary.ts';
import type { PenholderSetting } from './table.ts';
import type { Principal } from './principal.ts';
import { CONVENER_ROLES, POLICY, type Action, type Grant, type ResourceKind } from './table.ts';

export interface Resource {
  kind: ResourceKind;
  /** The participant that owns the resource (a delegation, a party's stance). */
  ownerParticipantId?: string;
  /** The actors invited to the resource (an invitation's addressee; every invitee of a round). */
  invitedActorIds?: readonly string[];
  /** The participants a channel's audience takes in. */
  audienceParticipantIds?: readonly string[];
  /** The round's mediator team. */
  mediatorTeamIds?: readonly string[];
  /** A text's penholder setting. */
  penholders?: PenholderSetting;
}

/** Whether the principal holds the pen of a text with this setting (see the `penholder` grant). */
export function isPenholder(p: Principal, r: Pick<Resource, 'penholders' | 'mediatorTeamIds'>) {
  return p.seats.some(
    (s) =>
      CONVENER_ROLES.includes(s.role) &&
      (r.penholders === 'conveners'
        ? CONVENING_CAPACITIES.includes(s.capacity)
        : r.penholders === 'mediator' &&
          (s.capacity === 'mediator' || (r.mediatorTeamIds ?? []).includes(s.participantId))),
  );
}

export function isConvener(p: Principal): boolean {
  return (
    p.isProcessConvener ||
    p.seats.some(
      (s) => CONVENING_CAPACITIES.includes(s.capacity) && CONVENER_ROLES.includes(s.role),
    )
  );
}

function matches(grant: Grant, p: Principal, r: Resource): boolean {
  if ('operator' in grant) return p.isOperator;
  if ('signedIn' in grant) return p.userId !== '';
  if ('convener' in grant) return isConvener(p);
  if ('invitee' in grant) return (r.invitedActorIds ?? []).some((id) => p.actorIds.includes(id));
  if ('inProcess' in grant) return p.inProcess;
  if ('audience' in grant) {
    return p.seats.some(
      (s) =>
        (r.audienceParticipantIds ?? []).includes(s.participantId) &&
        !(grant.exceptCapacities ?? []).includes(s.capacity),
    );
  }
  if ('penholder' in grant) return isPenholder(p, r);
  if ('mediatorTeam' in grant) {
    return p.seats.some(
      (s) =>
        (r.mediatorTeamIds ?? []).includes(s.participantId) &&
        (r.audienceParticipantIds ?? []).includes(s.participantId),
    );
  }
  return p.seats.some(
    (s) =>
      (grant.capacities === 'any' || grant.capacities.includes(s.capacity)) &&
      (grant.roles === 'any' || grant.roles.includes(s.role)) &&
      (!grant.own || s.participantId === r.ownerParticipantId),
  );
}

/** The single authorization decision point. Fails closed: unknown actions, mismatched resources and errors deny. */
export function can(principal: Principal, action: Action, resource: Resource): boolean {
  try {
    const row = POLICY[action];
    if (!row || row.resource !== resource.kind || principal.userId === '') return false;
    return (row.grants as readonly Grant[]).some((g) => matches(g, principal, resource));
  } catch {
    return false;
  }
}

/** The round-scoped actions a principal may take, for clients to show the right controls. */
export function allowedActions(
  principal: Principal,
  resources: Partial<Record<ResourceKind, Resource>>,
): Action[] {
  return (Object.keys(POLICY) as Action[]).filter((a) => {
    const r = resources[POLICY[a].resource];
    return r !== undefined && can(principal, a, r);
  });
}
