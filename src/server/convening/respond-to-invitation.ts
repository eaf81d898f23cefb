import { respond, seatFromInvitation } from '../../core/convening/invitations.ts';
import { confidential } from '../../core/record/chain.ts';
import type { RespondInvitationCommand } from '../../core/convening/schemas.ts';
import { roundRepo, sha256 } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { fitChannelsToRound } from '../talks/index.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { findInvitation } from './invitations.ts';

/** Acceptance seats the actor, with the responding focal point as its delegation's head. */
export async function respondToInvitation(
  ctx: AppContext,
  by: string,
  roundId: string,
  invitationId: string,
  command: RespondInvitationCommand,
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const answered = respond(await findInvitation(tx, roundId, invitationId), command, now);
    await roundRepo.saveInvitation(tx, answered, { respondedBy: by });
    if (answered.status === 'accepted') {
      const participant = seatFromInvitation(answered, ctx.ports.ids.next(), now);
      await roundRepo.insertParticipant(tx, participant, answered.id);
      await roundRepo.insertMember(tx, {
        id: ctx.ports.ids.next(),
        participantId: participant.id,
        userId: by,
        role: 'head',
        addedAt: now,
      });
      await record(
        'invitation.accept',
        { kind: 'invitation', id: invitationId },
        { participantId: participant.id },
      );
      await fitChannelsToRound(ctx, tx, record, roundId, now);
    } else {
      const reason = answered.reasonPublic
        ? answered.reason
        : confidential(sha256, answered.reason);
      await record(
        'invitation.decline',
        { kind: 'invitation', id: invitationId },
        { reason, reasonPublic: answered.reasonPublic },
      );
    }
  });
  await announce(ctx, { type: 'round', roundId });
}
