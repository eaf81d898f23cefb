import type { FastifyRequest } from 'fastify';
import type { Channel, RoundShape } from '../core/talks/types.ts';
import { DomainError, forbidden, notFound } from '../core/errors.ts';
import { can, POLICY, type Action, type Principal, type Resource } from '../core/policy/index.ts';
import {
  attachmentRepo,
  pollRepo,
  processRepo,
  roundRepo,
  talkRepo,
  textRepo,
  userRepo,
  type Tx,
} from '../db/index.ts';
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

// A round never moves to another process, so its process is remembered (per database).
const processOfRoundCache = new WeakMap<Tx, Map<string, string | null>>();
async function processOfRound(db: Tx, roundId: string): Promise<string | null> {
  let cache = processOfRoundCache.get(db);
  if (!cache) processOfRoundCache.set(db, (cache = new Map()));
  if (!cache.has(roundId))
    cache.set(roundId, (await processRepo.findRound(db, roundId))?.processId ?? null);
  return cache.get(roundId)!;
}

async function locate(db: Tx, scope: Scope, req: FastifyRequest): Promise<Located> {
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
    const channel = channelId ? await talkRepo.findChannel(db, channelId) : undefined;
    const shape = channel ? await roundRepo.roundShape(db, channel.roundId) : undefined;
    if (!channel || !shape) throw notFound('Channel');
    const { kind: _kind, ...resource } = channelResource(channel, shape);
    return {
      roundId: channel.roundId,
      processId: await processOfRound(db, channel.roundId),
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

/** Who the user is in the given round and process, for the policy. */
export async function loadPrincipal(
  db: Tx,
  user: { userId: string; isOperator: boolean },
  at: { roundId: string | null; processId: string | null },
): Promise<Principal> {
  const seats = at.roundId ? await roundRepo.seatsIn(db, at.roundId, user.userId) : [];
  const isProcessConvener = at.processId
    ? await processRepo.isProcessConvener(db, at.processId, user.userId)
    : await processRepo.convenesAnywhere(db, user.userId);
  // A seat or an appointment settles membership of the process without the wider search.
  const inProcess =
    at.processId !== null &&
    (seats.length > 0 ||
      isProcessConvener ||
      (await processRepo.processIdsFor(db, user.userId)).includes(at.processId));
  return {
    userId: user.userId,
    isOperator: user.isOperator,
    isProcessConvener,
    seats,
    actorIds: await userRepo.focalActorIds(db, user.userId),
    inProcess,
  };
}

/** The decision point every routed request passes. Missing guard, missing user or any error: deny. */
export function authorize(ctx: AppContext) {
  return async (req: FastifyRequest) => {
    req.access = null;
    const guard = req.routeOptions.config.guard;
    if (!guard) throw forbidden();
    if ('public' in guard) return;
    if (!req.auth) throw new DomainError('unauthenticated', 'Sign in to continue.');
    const db = ctx.database.db;
    const at = await locate(db, guard.scope, req);
    const principal = await loadPrincipal(db, req.auth, at);
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
