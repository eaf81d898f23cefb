import type { Capacity, MemberRole } from '../vocabulary.ts';

// The rules of procedure, in one place. A row grants an action on a resource kind to
// anyone matching one of its grants; everything not granted is denied.

export const RESOURCE_KINDS = [
  'platform',
  'account',
  'actor',
  'process',
  'round',
  'invitation',
  'session',
  'agenda_item',
  'delegation',
  'record',
  'channel',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export type Grant =
  /** The platform operator. */
  | { operator: true }
  /** Any signed-in user (self-service on one's own account). */
  | { signedIn: true }
  /** A convener of the round or process: an appointed convener, or the head or deputy of a sponsor or mediator delegation. */
  | { convener: true }
  /** A seat with one of these capacities and roles; `own` requires the resource to belong to that seat's participant. */
  | { capacities: readonly Capacity[] | 'any'; roles: readonly MemberRole[] | 'any'; own?: boolean }
  /** A focal point of the invited actor. */
  | { invitee: true }
  /** Someone with any seat or convenership in the process. */
  | { inProcess: true }
  /** A seat in the channel's audience, optionally not in these capacities. */
  | { audience: true; exceptCapacities?: readonly Capacity[] }
  /** A seat in the round's mediator team that is also in the channel's audience. */
  | { mediatorTeam: true };

const LEADS: readonly MemberRole[] = ['head', 'deputy'];

export const POLICY = {
  'platform.read': { resource: 'platform', grants: [{ signedIn: true }] },
  'account.create': { resource: 'account', grants: [{ operator: true }] },
  'account.list': { resource: 'account', grants: [{ operator: true }] },
  'account.manageOwnSessions': { resource: 'account', grants: [{ signedIn: true }] },
  'actor.create': { resource: 'actor', grants: [{ operator: true }] },
  'actor.list': { resource: 'actor', grants: [{ operator: true }, { convener: true }] },
  'process.create': { resource: 'process', grants: [{ operator: true }] },
  'process.list': { resource: 'process', grants: [{ signedIn: true }] },
  'process.read': { resource: 'process', grants: [{ operator: true }, { inProcess: true }] },
  'process.appointConvener': { resource: 'process', grants: [{ operator: true }] },
  'round.create': { resource: 'process', grants: [{ convener: true }] },
  'round.read': {
    resource: 'round',
    grants: [
      { operator: true },
      { convener: true },
      { capacities: 'any', roles: 'any' },
      { invitee: true },
    ],
  },
  'round.setMediatorTeam': { resource: 'round', grants: [{ convener: true }] },
  'invitation.create': { resource: 'round', grants: [{ convener: true }] },
  'invitation.withdraw': { resource: 'invitation', grants: [{ convener: true }] },
  'invitation.respond': { resource: 'invitation', grants: [{ invitee: true }] },
  'session.schedule': { resource: 'round', grants: [{ convener: true }] },
  'session.changeFormat': { resource: 'session', grants: [{ convener: true }] },
  'session.recordAttendance': {
    resource: 'session',
    grants: [{ convener: true }, { capacities: ['host', 'secretariat'], roles: 'any' }],
  },
  'agenda.propose': { resource: 'round', grants: [{ convener: true }] },
  'agenda.setStance': {
    resource: 'agenda_item',
    grants: [{ capacities: ['party'], roles: [...LEADS, 'spokesperson'], own: true }],
  },
  'delegation.read': {
    resource: 'delegation',
    grants: [{ capacities: 'any', roles: 'any', own: true }],
  },
  'delegation.manage': {
    resource: 'delegation',
    grants: [{ capacities: 'any', roles: ['head'], own: true }],
  },
  'record.verify': { resource: 'record', grants: [{ operator: true }] },
  'channel.list': { resource: 'round', grants: [{ capacities: 'any', roles: 'any' }] },
  'channel.read': { resource: 'channel', grants: [{ audience: true }] },
  'message.post': {
    resource: 'channel',
    grants: [{ audience: true, exceptCapacities: ['observer'] }],
  },
  'message.relay': { resource: 'channel', grants: [{ mediatorTeam: true }] },
  'poll.create': {
    resource: 'channel',
    grants: [{ audience: true, exceptCapacities: ['observer'] }],
  },
  'poll.vote': {
    resource: 'channel',
    grants: [{ audience: true, exceptCapacities: ['observer'] }],
  },
} as const satisfies Record<string, { resource: ResourceKind; grants: readonly Grant[] }>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];
export const CONVENER_ROLES = LEADS;
