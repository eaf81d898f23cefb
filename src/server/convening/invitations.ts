import {
  assertCanInvite,
  respond,
  seatFromInvitation,
  withdraw,
} from '../../core/convening/invitations.ts';
import type { Invitation } from '../../core/convening/types.ts';
import { notFound } from '../../core/errors.ts';
import { confidential } from '../../core/record/chain.ts';
import type { RespondInvitationCommand } from '../../core/convening/schemas.ts';
import type { Capacity, RepresentationLevel } from '../../core/vocabulary.ts';
import { actorRepo, roundRepo, sha256, type Tx } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { fitChannelsToRound } from '../talks/index.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

export async function invite(
  ctx: AppContext,
  by: string,
  roundId: string,
  input: { actorId: string; capacity: Capacity; representationLevel: RepresentationLevel },
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const agg = await loadRound(tx, roundId);
    const actor = (await actorRepo.loadActors(tx, [input.actorId])).get(input.actorId);
    if (!actor) throw notFound('Actor');
    assertCanInvite(agg.invitations, agg.participants, actor.id);
    const invitation: Invitation = {
      id: ctx.ports.ids.next(),
      roundId,
      actor,
      capacity: input.capacity,
      representationLevel: input.representationLevel,
      status: 'pending',
      reason: null,
      reasonPublic: null,
      createdAt: now,
      respondedAt: null,
    };
    await roundRepo.saveInvitation(tx, invitation, { invitedBy: by });
    await record('invitation.create', { kind: 'invitation', id: invitation.id }, input);
  });
}

async function findInvitation(tx: Tx, roundId: string, invitationId: string) {
  const agg = await loadRound(tx, roundId);
  const invitation = agg.invitations.find((i) => i.id === invitationId);
  if (!invitation) throw notFound('Invitation');
  return invitation;
}

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

export async function withdrawInvitation(
  ctx: AppContext,
  by: string,
  roundId: string,
  invitationId: string,
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const withdrawn = withdraw(await findInvitation(tx, roundId, invitationId), now);
    await roundRepo.saveInvitation(tx, withdrawn, {});
    await record('invitation.withdraw', { kind: 'invitation', id: invitationId }, {});
  });
}
