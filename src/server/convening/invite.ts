import { assertCanInvite } from '../../core/convening/invitations.ts';
import type { Invitation } from '../../core/convening/types.ts';
import { notFound } from '../../core/errors.ts';
import type { Capacity, RepresentationLevel } from '../../core/vocabulary.ts';
import { actorRepo, roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
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
