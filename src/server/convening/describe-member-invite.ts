import { notFound } from '../../core/errors.ts';
import type { MemberRole } from '../../core/vocabulary.ts';
import { roundRepo, userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { loadRound } from '../kernel/unit-of-work.ts';
import { liveInvite } from './member-invites.ts';

export async function describeMemberInvite(ctx: AppContext, token: string) {
  const invite = await liveInvite(ctx, token);
  const roundId = await roundRepo.roundIdOf(ctx.database.db, 'participant', invite.participantId);
  const agg = await loadRound(ctx.database.db, roundId ?? '');
  const participant = agg.participants.find((p) => p.id === invite.participantId);
  if (!participant) throw notFound('Delegation');
  return {
    roundTitle: agg.round.title,
    actorName: participant.actor.name,
    role: invite.role as MemberRole,
    email: invite.email,
    displayName: invite.displayName,
    existingAccount: (await userRepo.findUserByEmail(ctx.database.db, invite.email)) !== undefined,
  };
}
