import type { FastifyRequest } from 'fastify';
import type { Channel, RoundShape } from '../core/talks/types.ts';
import { DomainError, forbidden, notFound } from '../core/errors.ts';
import { can, POLICY, type Action, type Principal, type Resource } from '../core/policy/index.ts';
import { attachmentRepo, pollRepo, processRepo, roundRepo, textRepo } from '../db/index.ts';
import { cachedReads } from './cached-reads.ts';
import { channelResource } from './use-cases/talks.ts';
import type { AppContext } from './context.ts';

/** Where a route finds the thing it acts on. Param names refer to `req.params`. */
export type Scope =
  | { platform: true }
  | { process: 'id' }
  | { round: 'id' }
  | { invitation: 'id' }
  | { session: 'id' }
  | { agendaItem: 'id'; ownerFromBody: 'participantId' }
  | { participant: 'id' }
  | { member: 'id' }
  | { channel: 'id' }
  | { poll: 'id' }
  | { attachment: 'id' }
  /** A negotiating text; `ownerFromBody` names the body field with the participant acted for. */
  | { document: 'id'; ownerFromBody?: 'participantId' };

export type Guard = { public: string } | { action: Action; scope: Scope };

export interface Access {
  principal: Principal;
  roundId: string | null;
  processId: string | null;
  /** The channel and round shape the decision was made on, so handlers do not load them again. */
  channel?: { channel: Channel; shape: RoundShape };
}

declare module 'fastify' {
  interface FastifyRequest {
    access: Access | null;
  }
  interface FastifyContextConfig {
    guard?: Guard;
  }
}

interface Located {
  roundId: string | null;
  processId: string | null;
  resource: Omit<Resource, 'kind'>;
  channel?: { channel: Channel; shape: RoundShape };
}

async function locate(ctx: AppContext, scope: Scope, req: FastifyRequest): Promise<Located> {
  const db = ctx.database.db;
  const params = req.params as Record<string, string>;
  const id = params.id ?? '';
  const inRound = async (kind: Parameters<typeof roundRepo.roundIdOf>[1], what: string) => {
    const roundId = await roundRepo.roundIdOf(db, kind, id);
    if (!roundId) throw notFound(what);
    const round = await processRepo.findRound(db, roundId);
    return { roundId, processId: round?.processId ?? null };
  };
  if ('platform' in scope) return { roundId: null, processId: null, resource: {} };
  if ('process' in scope) {
    if (!(await processRepo.findProcess(db, id))) throw notFound('Process');
    return { roundId: null, processId: id, resource: {} };
  }
  if ('round' in scope) {
    const round = await processRepo.findRound(db, id);
    if (!round) throw notFound('Round');
    const invitedActorIds = await roundRepo.invitedActorIds(db, id);
    return { roundId: id, processId: round.processId, resource: { invitedActorIds } };
  }
  if ('invitation' in scope) {
    const where = await inRound('invitation', 'Invitation');
    return {
      ...where,
      resource: { invitedActorIds: await roundRepo.invitedActorIds(db, where.roundId, id) },
    };
  }
  if ('session' in scope) return { ...(await inRound('session', 'Session')), resource: {} };
  if ('agendaItem' in scope) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const owner = body[scope.ownerFromBody];
    return {
      ...(await inRound('agenda_item', 'Agenda item')),
      resource: { ownerParticipantId: typeof owner === 'string' ? owner : undefined },
    };
  }
  if ('channel' in scope || 'poll' in scope || 'attachment' in scope) {
    const channelId =
      'poll' in scope
        ? (await pollRepo.findPoll(db, id))?.channelId
        : 'attachment' in scope
          ? (await attachmentRepo.attachmentChannel(db, id))?.channelId
          : id;
    const channel = channelId ? await cachedReads.channel(ctx, channelId) : undefined;
    const shape = channel ? await cachedReads.shape(ctx, channel.roundId) : undefined;
    if (!channel || !shape) throw notFound('Channel');
    const { kind: _kind, ...resource } = channelResource(channel, shape);
    return {
      roundId: channel.roundId,
      processId: (await cachedReads.processOfRound(ctx, channel.roundId)) ?? null,
      resource,
      channel: { channel, shape },
    };
  }
  if ('document' in scope) {
    const doc = await textRepo.findDocument(db, id);
    const shape = doc ? await roundRepo.roundShape(db, doc.roundId) : undefined;
    if (!doc || !shape) throw notFound('Document');
    const round = await processRepo.findRound(db, doc.roundId);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const owner = scope.ownerFromBody ? body[scope.ownerFromBody] : undefined;
    return {
      roundId: doc.roundId,
      processId: round?.processId ?? null,
      resource: {
        penholders: doc.settings.penholders,
        mediatorTeamIds: shape.mediatorTeam,
        ...(typeof owner === 'string' ? { ownerParticipantId: owner } : {}),
      },
    };
  }
  if ('participant' in scope)
    return {
      ...(await inRound('participant', 'Participant')),
      resource: { ownerParticipantId: id },
    };
  const where = await inRound('member', 'Member');
  const member = await roundRepo.findMember(db, id);
  return { ...where, resource: { ownerParticipantId: member?.participantId } };
}

/** The decision point every routed request passes. Missing guard, missing user or any error: deny. */
export function authorize(ctx: AppContext) {
  return async (req: FastifyRequest) => {
    req.access = null;
    const guard = req.routeOptions.config.guard;
    if (!guard) throw forbidden();
    if ('public' in guard) return;
    if (!req.auth) throw new DomainError('unauthenticated', 'Sign in to continue.');
    const at = await locate(ctx, guard.scope, req);
    const principal = await cachedReads.principal(ctx, req.auth, at);
    const allowed = can(principal, guard.action, {
      kind: POLICY[guard.action].resource,
      ...at.resource,
    });
    ctx.onDecision?.({
      action: guard.action,
      allowed,
      route: `${req.method} ${req.routeOptions.url}`,
    });
    if (!allowed) throw forbidden();
    req.access = {
      principal,
      roundId: at.roundId,
      processId: at.processId,
      ...(at.channel ? { channel: at.channel } : {}),
    };
  };
}
