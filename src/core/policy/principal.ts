import type { Capacity, MemberRole } from '../vocabulary.ts';

/** A seat the user holds in the round being acted on. */
interface Seat {
  participantId: string;
  capacity: Capacity;
  role: MemberRole;
}

export interface Principal {
  userId: string;
  isOperator: boolean;
  /** Appointed by the operator as a convener of the resource's process. */
  isProcessConvener: boolean;
  /** Seats in the resource's round (empty outside a round). */
  seats: readonly Seat[];
  /** Actors this user answers invitations for (focal points). */
  actorIds: readonly string[];
  /** Holds any seat or convenership in the resource's process. */
  inProcess: boolean;
}
