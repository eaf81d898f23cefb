import { z } from 'zod';
import {
  ACTOR_KINDS,
  AGENDA_ITEM_STATES,
  AGENDA_STANCES,
  ATTENDANCE,
  CAPACITIES,
  INVITATION_STATUSES,
  MEMBER_ROLES,
  REPRESENTATION_LEVELS,
  SESSION_FORMATS,
  TRACKS,
} from '../vocabulary.ts';
import { Email, Password } from '../platform/index.ts';
import { Id, IsoDate, IsoDateTime, Text } from '../schemas/common.ts';

// ---- commands ----
export const SetMediatorTeamCommand = z.strictObject({
  participantIds: z.array(Id).min(1).max(20),
});

/** The round's rules for its talks, set by the conveners. */
export const SetRoundSettingsCommand = z.strictObject({
  /** A session's channel takes no more messages once the session has ended. */
  sessionChannelsCloseAtEnd: z.boolean(),
});

export const CreateInvitationCommand = z.strictObject({
  actorId: Id,
  capacity: z.enum(CAPACITIES),
  representationLevel: z.enum(REPRESENTATION_LEVELS),
});

export const RespondInvitationCommand = z.discriminatedUnion('response', [
  z.strictObject({ response: z.literal('accept') }),
  z.strictObject({
    response: z.literal('decline'),
    reason: Text(2000),
    reasonPublic: z.boolean(),
  }),
]);
export type RespondInvitationCommand = z.infer<typeof RespondInvitationCommand>;

export const ScheduleSessionCommand = z
  .strictObject({
    title: Text(200),
    format: z.enum(SESSION_FORMATS),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    room: z.string().trim().max(200).default(''),
    participantIds: z.array(Id).max(50).default([]),
  })
  .refine((s) => Date.parse(s.startsAt) < Date.parse(s.endsAt), {
    message: 'a session must end after it starts',
    path: ['endsAt'],
  });

export const ChangeSessionFormatCommand = z.strictObject({
  format: z.enum(SESSION_FORMATS),
  reason: Text(2000),
  participantIds: z.array(Id).max(50).optional(),
});

/** The session's attendance as taken from one list: every participant marked, or some changed. */
export const RecordAttendanceCommand = z.strictObject({
  attendance: z
    .array(z.strictObject({ participantId: Id, status: z.enum(ATTENDANCE) }))
    .min(1)
    .max(50),
});

export const ProposeAgendaItemCommand = z.strictObject({
  title: Text(300),
  track: z.enum(TRACKS),
});

export const SetStanceCommand = z.strictObject({
  participantId: Id,
  stance: z.enum(AGENDA_STANCES),
  comment: z.string().trim().max(2000).default(''),
});

export const CreateMemberInviteCommand = z.strictObject({
  email: Email,
  displayName: Text(120),
  role: z.enum(MEMBER_ROLES),
});
export const MemberInviteCreated = z.object({
  token: z.string(),
  path: z.string(),
  expiresAt: IsoDateTime,
});
export const MemberInviteInfo = z.object({
  roundTitle: z.string(),
  actorName: z.string(),
  role: z.enum(MEMBER_ROLES),
  email: z.string(),
  displayName: z.string(),
  existingAccount: z.boolean(),
});
export const AcceptMemberInviteCommand = z.strictObject({
  displayName: Text(120),
  password: Password,
});

// ---- views ----
const ActorRef = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  members: z.array(z.object({ id: Id, name: z.string() })),
});

export const MemberView = z.object({
  id: Id,
  userId: Id,
  displayName: z.string(),
  role: z.enum(MEMBER_ROLES),
});
export type MemberView = z.infer<typeof MemberView>;

export const ParticipantView = z.object({
  id: Id,
  actor: ActorRef,
  capacity: z.enum(CAPACITIES),
  representationLevel: z.enum(REPRESENTATION_LEVELS),
  seatedAt: IsoDateTime,
  inMediatorTeam: z.boolean(),
  /** Only the delegation's own members (and nobody else) see its roster. */
  delegation: z.array(MemberView).nullable(),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

export const InvitationView = z.object({
  id: Id,
  actor: ActorRef,
  capacity: z.enum(CAPACITIES),
  representationLevel: z.enum(REPRESENTATION_LEVELS),
  status: z.enum(INVITATION_STATUSES),
  /** Null when the reason is private and the viewer is neither convener nor invitee. */
  reason: z.string().nullable(),
  reasonPublic: z.boolean().nullable(),
  createdAt: IsoDateTime,
  respondedAt: IsoDateTime.nullable(),
  canRespond: z.boolean(),
});
export type InvitationView = z.infer<typeof InvitationView>;

export const SessionView = z.object({
  id: Id,
  title: z.string(),
  format: z.enum(SESSION_FORMATS),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  room: z.string(),
  participantIds: z.array(Id),
  started: z.boolean(),
  formatChanges: z.array(
    z.object({
      from: z.enum(SESSION_FORMATS),
      to: z.enum(SESSION_FORMATS),
      reason: z.string(),
      at: IsoDateTime,
    }),
  ),
  attendance: z.array(z.object({ participantId: Id, status: z.enum(ATTENDANCE) })),
});
export type SessionView = z.infer<typeof SessionView>;

const StanceView = z.object({
  participantId: Id,
  stance: z.enum(AGENDA_STANCES),
  comment: z.string(),
  updatedAt: IsoDateTime,
});
export const AgendaItemView = z.object({
  id: Id,
  title: z.string(),
  track: z.enum(TRACKS),
  proposedBy: Id.nullable(),
  state: z.enum(AGENDA_ITEM_STATES),
  stances: z.array(StanceView),
});
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const RoundView = z.object({
  id: Id,
  processId: Id,
  processTitle: z.string(),
  title: z.string(),
  venue: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  timeZone: z.string(),
  viewer: z.object({
    participantIds: z.array(Id),
    headOf: z.array(Id),
    isConvener: z.boolean(),
    /** The platform operator's view: the round's public facts, none of its business. */
    publicFactsOnly: z.boolean(),
    /** Parties whose agenda stances the viewer may set (from the policy table). */
    speaksFor: z.array(Id),
    /** Delegations whose members the viewer may add and remove. */
    manages: z.array(Id),
    /** Actions the viewer may take in this round, from the policy table. */
    actions: z.array(z.string()),
  }),
  settings: SetRoundSettingsCommand,
  participants: z.array(ParticipantView),
  invitations: z.array(InvitationView),
  sessions: z.array(SessionView),
  agenda: z.array(AgendaItemView),
});
export type RoundView = z.infer<typeof RoundView>;
