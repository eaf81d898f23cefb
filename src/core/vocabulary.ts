// The design's vocabulary as closed sets, shared by every layer and the web client.
export const CAPACITIES = [
  'party',
  'sponsor',
  'mediator',
  'host',
  'observer',
  'secretariat',
] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const MEMBER_ROLES = [
  'head',
  'deputy',
  'spokesperson',
  'adviser',
  'legal',
  'interpreter',
  'member',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ACTOR_KINDS = [
  'state',
  'intergovernmental_organisation',
  'armed_group',
  'coalition',
  'political_body',
  'ngo',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const REPRESENTATION_LEVELS = [
  'head_of_state',
  'minister',
  'deputy_minister',
  'special_envoy',
  'ambassador',
  'senior_official',
  'delegation',
  'expert',
] as const;
export type RepresentationLevel = (typeof REPRESENTATION_LEVELS)[number];

export const SESSION_FORMATS = ['plenary', 'proximity', 'consultation', 'bilateral'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const ATTENDANCE = ['present', 'absent', 'declined', 'walked_out'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const TRACKS = [
  'ceasefire',
  'humanitarian',
  'political',
  'procedural',
  'security',
  'other',
] as const;
export type Track = (typeof TRACKS)[number];

export const AGENDA_STANCES = ['accept', 'reject', 'reserve'] as const;
export type AgendaStance = (typeof AGENDA_STANCES)[number];

export const AGENDA_ITEM_STATES = ['adopted', 'contested', 'open'] as const;
export type AgendaItemState = (typeof AGENDA_ITEM_STATES)[number];

/** Capacities whose delegations convene a round (besides the process's appointed conveners). */
export const CONVENING_CAPACITIES: readonly Capacity[] = ['sponsor', 'mediator'];

export const CHANNEL_KINDS = [
  'plenary',
  'consultation',
  'bilateral',
  'caucus',
  'line',
  'mediators',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const MESSAGE_TYPES = [
  'statement',
  'proposal',
  'question',
  'information',
  'procedural',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const RELAY_PERMISSIONS = ['mediator_only', 'may_relay', 'may_relay_attributed'] as const;
export type RelayPermission = (typeof RELAY_PERMISSIONS)[number];
