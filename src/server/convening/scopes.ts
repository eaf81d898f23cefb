import { notFound } from '../../core/errors.ts';
import { processRepo, roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { ownerFrom, type Located, type ScopeFinders } from '../http/scopes.ts';

/** A round's existence is known to whoever may read the round. */
async function roundAt(ctx: AppContext, roundId: string | undefined, what: string) {
  const round = roundId ? await processRepo.findRound(ctx.database.db, roundId) : undefined;
  if (!round) throw notFound(what);
  const invitedActorIds = await roundRepo.invitedActorIds(ctx.database.db, round.id);
  return {
    roundId: round.id,
    processId: round.processId,
    what,
    seenWith: { action: 'round.read' as const, resource: { invitedActorIds } },
  };
}

const inRound =
  (kind: Parameters<typeof roundRepo.roundIdOf>[1], what: string) =>
  async (ctx: AppContext, id: string): Promise<Located> => ({
    ...(await roundAt(ctx, await roundRepo.roundIdOf(ctx.database.db, kind, id), what)),
    resource: {},
  });

export const conveningScopes: ScopeFinders = {
  round: async (ctx, id) => {
    const at = await roundAt(ctx, id, 'Round');
    return { ...at, resource: at.seenWith.resource };
  },
  invitation: async (ctx, id) => {
    const at = await roundAt(
      ctx,
      await roundRepo.roundIdOf(ctx.database.db, 'invitation', id),
      'Invitation',
    );
    const invitedActorIds = await roundRepo.invitedActorIds(ctx.database.db, at.roundId, id);
    return { ...at, resource: { invitedActorIds } };
  },
  session: inRound('session', 'Session'),
  agendaItem: async (ctx, id, req, scope) => ({
    ...(await inRound('agenda_item', 'Agenda item')(ctx, id)),
    resource: ownerFrom(req, scope),
  }),
  participant: async (ctx, id) => ({
    ...(await inRound('participant', 'Participant')(ctx, id)),
    resource: { ownerParticipantId: id },
  }),
  member: async (ctx, id) => {
    const member = await roundRepo.findMember(ctx.database.db, id);
    const at = await roundAt(
      ctx,
      member && (await roundRepo.roundIdOf(ctx.database.db, 'member', id)),
      'Member',
    );
    // A roster is its own delegation's business.
    const resource = { ownerParticipantId: member?.participantId };
    return { ...at, resource, seenWith: { action: 'delegation.read', resource } };
  },
  /** A member just removed, for the undo: known, like the roster, to its own delegation only. */
  removedMember: async (ctx, id) => {
    const member = await roundRepo.findRemovedMember(ctx.database.db, id);
    const at = await roundAt(ctx, member?.roundId, 'Member');
    const resource = { ownerParticipantId: member?.participantId };
    return { ...at, resource, seenWith: { action: 'delegation.read', resource } };
  },
};
