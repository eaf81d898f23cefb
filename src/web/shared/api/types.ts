// Answer and command shapes, inferred from the shared zod schemas so the client never drifts from the server.
import type { z } from 'zod';
import type {
  AcceptMemberInviteCommand,
  AccountList,
  ActorList,
  SignInList,
  ChangeSessionFormatCommand,
  CreateAccountCommand,
  CreateActorCommand,
  CreateInvitationCommand,
  CreateMemberInviteCommand,
  CreateProcessCommand,
  CreatePollCommand,
  CreateRoundCommand,
  MemberInviteCreated,
  MemberInviteInfo,
  PostMessageCommand,
  ProcessList,
  ProposeAgendaItemCommand,
  RecordAttendanceCommand,
  RelayCommand,
  ScheduleSessionCommand,
  SetStanceCommand,
} from '../../../core/schemas/index.ts';

export type {
  AccountView,
  ActorView,
  AgendaItemView,
  ChannelView,
  InvitationView,
  MeView,
  MemberView,
  MessageView,
  ParticipantView,
  PollView,
  ProcessView,
  RespondInvitationCommand,
  RoundSummary,
  RoundView,
  SessionView,
} from '../../../core/schemas/index.ts';

export type AccountListView = z.infer<typeof AccountList>;
export type ActorListView = z.infer<typeof ActorList>;
export type SignInListView = z.infer<typeof SignInList>;
export type ProcessListView = z.infer<typeof ProcessList>;
export type ProcessSummary = ProcessListView['processes'][number];
export type MemberInviteCreatedView = z.infer<typeof MemberInviteCreated>;
export type MemberInviteInfoView = z.infer<typeof MemberInviteInfo>;

export type CreateAccountInput = z.input<typeof CreateAccountCommand>;
export type CreateActorInput = z.input<typeof CreateActorCommand>;
export type CreateProcessInput = z.input<typeof CreateProcessCommand>;
export type CreateRoundInput = z.input<typeof CreateRoundCommand>;
export type CreateInvitationInput = z.input<typeof CreateInvitationCommand>;
export type ScheduleSessionInput = z.input<typeof ScheduleSessionCommand>;
export type ChangeSessionFormatInput = z.input<typeof ChangeSessionFormatCommand>;
export type RecordAttendanceInput = z.input<typeof RecordAttendanceCommand>;
export type ProposeAgendaItemInput = z.input<typeof ProposeAgendaItemCommand>;
export type SetStanceInput = z.input<typeof SetStanceCommand>;
export type CreateMemberInviteInput = z.input<typeof CreateMemberInviteCommand>;
export type AcceptMemberInviteInput = z.input<typeof AcceptMemberInviteCommand>;
export type PostMessageInput = z.input<typeof PostMessageCommand>;
export type RelayInput = z.input<typeof RelayCommand>;
export type CreatePollInput = z.input<typeof CreatePollCommand>;
