import type {
  ActorKind,
  AgendaStance,
  Attendance,
  Capacity,
  InvitationStatus,
  MemberRole,
  RepresentationLevel,
  SessionFormat,
  Track,
} from '../vocabulary.ts';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  members: { id: string; name: string }[];
}

interface Round {
  id: string;
  processId: string;
  processTitle: string;
  title: string;
  venue: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  mediatorTeam: string[];
  /** A setting of the conveners: a session's channel takes no messages once the session ended. */
  sessionChannelsCloseAtEnd: boolean;
}

export interface Participant {
  id: string;
  roundId: string;
  actor: Actor;
  capacity: Capacity;
  representationLevel: RepresentationLevel;
  seatedAt: Date;
}

export interface Member {
  id: string;
  participantId: string;
  userId: string;
  displayName: string;
  role: MemberRole;
}

export interface Invitation {
  id: string;
  roundId: string;
  actor: Actor;
  capacity: Capacity;
  representationLevel: RepresentationLevel;
  status: InvitationStatus;
  reason: string | null;
  reasonPublic: boolean | null;
  createdAt: Date;
  respondedAt: Date | null;
}

interface FormatChange {
  from: SessionFormat;
  to: SessionFormat;
  reason: string;
  at: Date;
}

export interface Session {
  id: string;
  roundId: string;
  title: string;
  format: SessionFormat;
  startsAt: Date;
  endsAt: Date;
  room: string;
  participantIds: string[];
  formatChanges: FormatChange[];
  attendance: { participantId: string; status: Attendance }[];
}

interface Stance {
  participantId: string;
  stance: AgendaStance;
  comment: string;
  updatedAt: Date;
}

export interface AgendaItem {
  id: string;
  roundId: string;
  title: string;
  track: Track;
  proposedBy: string | null;
  stances: Stance[];
}

/** Everything a round page is made of, as loaded from storage before any viewer filtering. */
export interface RoundAggregate {
  round: Round;
  participants: Participant[];
  members: Member[];
  invitations: Invitation[];
  sessions: Session[];
  agenda: AgendaItem[];
}
