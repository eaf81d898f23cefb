import type { Penholders } from '../texts/vocabulary.ts';
import type { Capacity, MemberRole } from '../vocabulary.ts';

// The rules of procedure, in one place. A row grants an action on a resource kind to
// anyone matching one of its grants; everything not granted is denied.

type ResourceKinds = [
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
  'text',
];
export type ResourceKind = ResourceKinds[number];

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
  | { mediatorTeam: true }
  /**
   * A penholder of the text: under `conveners`, the head or deputy of a sponsor or mediator
   * delegation; under `mediator`, the head or deputy of a delegation in the round's mediator team
   * (or of a mediator delegation). Penholders act from a seat, so appointed conveners without one
   * do not hold the pen.
   */
  | { penholder: true };

/** The text setting a `penholder` grant is read against. */
export type PenholderSetting = Penholders;

const LEADS: readonly MemberRole[] = ['head', 'deputy'];

export const POLICY = {
  'platform.read': { resource: 'platform', grants: [{ signedIn: true }] },
  'account.create': { resource: 'account', grants: [{ operator: true }] },
  'account.list': { resource: 'account', grants: [{ operator: true }] },
  'account.manageOwnSignIns': { resource: 'account', grants: [{ signedIn: true }] },
  /** One's own password; the use case asks for the current one. */
  'account.changePassword': { resource: 'account', grants: [{ signedIn: true }] },
  'account.edit': { resource: 'account', grants: [{ operator: true }] },
  'account.disable': { resource: 'account', grants: [{ operator: true }] },
  'account.enable': { resource: 'account', grants: [{ operator: true }] },
  'actor.create': { resource: 'actor', grants: [{ operator: true }] },
  'actor.list': { resource: 'actor', grants: [{ operator: true }, { convener: true }] },
  'actor.edit': { resource: 'actor', grants: [{ operator: true }] },
  'process.create': { resource: 'process', grants: [{ operator: true }] },
  'process.edit': { resource: 'process', grants: [{ operator: true }] },
  'process.list': { resource: 'process', grants: [{ signedIn: true }] },
  'process.read': { resource: 'process', grants: [{ operator: true }, { inProcess: true }] },
  'process.appointConvener': { resource: 'process', grants: [{ operator: true }] },
  'round.create': { resource: 'process', grants: [{ convener: true }] },
  /**
   * The operator sees a round's public facts only (see `presentRound`): no attendance, agenda,
   * invitations or anything else of the round's business.
   */
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
  /** A delegation's archive of the round: its head takes it away when the round is over. */
  'round.archive': { resource: 'round', grants: [{ capacities: 'any', roles: ['head'] }] },
  'round.setSettings': { resource: 'round', grants: [{ convener: true }] },
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
  /** On its own line (the channel's owner); the use case then admits the sender or the head only. */
  'message.narrowRelayPermission': {
    resource: 'channel',
    grants: [{ capacities: ['party'], roles: 'any', own: true }],
  },
  'poll.create': {
    resource: 'channel',
    grants: [{ audience: true, exceptCapacities: ['observer'] }],
  },
  'poll.vote': {
    resource: 'channel',
    grants: [{ audience: true, exceptCapacities: ['observer'] }],
  },
  /** The operator runs the platform, not the talks: a round's texts are not theirs to read. */
  'text.list': {
    resource: 'round',
    grants: [{ convener: true }, { capacities: 'any', roles: 'any' }],
  },
  /** Create a text and issue its Rev.1; the use case also checks the creator holds the pen it sets. */
  'text.create': { resource: 'round', grants: [{ convener: true }] },
  /** Revisions and redlines are plenary business; proposals and stances are filtered per viewer. */
  'text.read': {
    resource: 'text',
    grants: [{ convener: true }, { capacities: 'any', roles: 'any' }],
  },
  'text.propose': {
    resource: 'text',
    grants: [{ capacities: ['party'], roles: [...LEADS, 'spokesperson'] }, { penholder: true }],
  },
  /**
   * Withdraw a proposal: those who could have made it for the proposing participant (whom the
   * request names); the use case then refuses a proposal that participant did not make.
   */
  'text.withdrawProposal': {
    resource: 'text',
    grants: [
      { capacities: ['party'], roles: [...LEADS, 'spokesperson'], own: true },
      { capacities: 'any', roles: LEADS, own: true },
    ],
  },
  'text.declineProposal': { resource: 'text', grants: [{ penholder: true }] },
  'text.issueRevision': { resource: 'text', grants: [{ penholder: true }] },
  /** Add, update, re-status or review a language version of the current revision. */
  'text.setLanguageVersion': { resource: 'text', grants: [{ penholder: true }] },
  'text.setStance': {
    resource: 'text',
    grants: [{ capacities: ['party'], roles: [...LEADS, 'spokesperson'], own: true }],
  },
  'text.openAdoption': { resource: 'text', grants: [{ penholder: true }] },
  /** The core then refuses anyone not listed as a signatory (`not_signatory`). */
  'text.sign': {
    resource: 'text',
    grants: [{ capacities: 'any', roles: LEADS, own: true }],
  },
} as const satisfies Record<string, { resource: ResourceKind; grants: readonly Grant[] }>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];
export const CONVENER_ROLES = LEADS;
