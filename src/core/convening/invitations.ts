import { DomainError, invalidTransition } from '../errors.ts';
import type { RespondInvitationCommand } from './schemas.ts';
import type { Invitation, Participant } from './types.ts';

export function assertCanInvite(
  existing: readonly Invitation[],
  participants: readonly Participant[],
  actorId: string,
): void {
  if (participants.some((p) => p.actor.id === actorId)) {
    throw new DomainError('already_exists', 'This actor is already seated in the round.');
  }
  if (existing.some((i) => i.actor.id === actorId && i.status === 'pending')) {
    throw new DomainError(
      'already_exists',
      'This actor already has a pending invitation to the round.',
    );
  }
}

export function respond(
  invitation: Invitation,
  command: RespondInvitationCommand,
  now: Date,
): Invitation {
  if (invitation.status !== 'pending') {
    throw invalidTransition(
      `This invitation is ${invitation.status}; only a pending invitation can be answered.`,
      {
        status: invitation.status,
      },
    );
  }
  if (command.response === 'accept') {
    return {
      ...invitation,
      status: 'accepted',
      respondedAt: now,
      reason: null,
      reasonPublic: null,
    };
  }
  return {
    ...invitation,
    status: 'declined',
    respondedAt: now,
    reason: command.reason,
    reasonPublic: command.reasonPublic,
  };
}

export function withdraw(invitation: Invitation, now: Date): Invitation {
  if (invitation.status !== 'pending') {
    throw invalidTransition(
      `This invitation is ${invitation.status}; only a pending invitation can be withdrawn.`,
      {
        status: invitation.status,
      },
    );
  }
  return { ...invitation, status: 'withdrawn', respondedAt: now };
}

/** Acceptance seats the invited actor in the invited capacity. */
export function seatFromInvitation(
  invitation: Invitation,
  participantId: string,
  now: Date,
): Participant {
  if (invitation.status !== 'accepted')
    throw invalidTransition('Only an accepted invitation seats a participant.');
  return {
    id: participantId,
    roundId: invitation.roundId,
    actor: invitation.actor,
    capacity: invitation.capacity,
    representationLevel: invitation.representationLevel,
    seatedAt: now,
  };
}
