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
} from '../db/index.ts';
import { cachedReads } from './cached-reads.ts';
import { channelResource } from './use-cases/talks.ts';
import type { AppContext } from './context.ts';

/** Where a route finds the thing it acts on. Param names refer to `req.params`. */
type Scope =
  | { platform: true }
  | { process: 'id' }
  | { round: 'id' }
  | { invitation: 'id' }
  | { session: 'id' }
  | { agendaItem: 'id'; ownerFromBody: 'participantId' }
  | { participant: 'id' }
  | { member: 'id' }
  | { channel: 'id' }
  | { message: 'id' }
  | { poll: 'id' }
  | { attachment: 'id' }
  /** A negotiating text; `ownerFromBody` names the body field with the participant acted for. */
  | { document: 'id'; ownerFromBody?: 'participantId' };

export type Guard = { public: string } | { action: Action; scope: Scope };

interface Access {
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

/**
 * A resource found for a decision, with what it takes to know it exists: the read action that shows
 * it (and its resource). Whoever may not read it is told it is not there (invariant 6), in exactly
 * the words a made-up id gets, so a refusal never confirms that an id is real.
 */
interface Located {
  roundId: string | null;
  processId: string | null;
  resource: Omit<Resource, 'kind'>;
  channel?: { channel: Channel; shape: RoundShape };
  /** What the "not found" answer calls it; absent when its existence is no secret. */
  what?: string;
  /** The read that reveals it; `hidden` for what nobody but its owner sees at all. */
  seenWith?: { action: Action; resource: Omit<Resource, 'kind'> } | { hidden: true };
}

type Finder = (ctx: AppContext, id: string, req: FastifyRequest, scope: Scope) => Promise<Located>;

const ownerFrom = (req: FastifyRequest, field: string | undefined) => {
  const value = field ? ((req.body ?? {}) as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? { ownerParticipantId: value } : {};
};

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

async function channelAt(ctx: AppContext, channelId: string | undefined, what: string) {
  const channel = channelId ? await cachedReads.channel(ctx, channelId) : undefined;
  const shape = channel ? await cachedReads.shape(ctx, channel.roundId) : undefined;
  if (!channel || !shape) throw notFound(what);
  const { kind: _kind, ...resource } = channelResource(channel, shape);
  return {
    roundId: channel.roundId,
    processId: (await cachedReads.processOfRound(ctx, channel.roundId)) ?? null,
    resource,
    channel: { channel, shape },
    what,
    seenWith: { action: 'channel.read' as const, resource },
  };
}

const FINDERS: Record<string, Finder> = {
  platform: async () => ({ roundId: null, processId: null, resource: {} }),
  process: async (ctx, id) => {
    if (!(await processRepo.findProcess(ctx.database.db, id))) throw notFound('Process');
    return {
      roundId: null,
      processId: id,
      resource: {},
      what: 'Process',
      seenWith: { action: 'process.read', resource: {} },
    };
  },
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
  agendaItem: async (ctx, id, req) => ({
    ...(await inRound('agenda_item', 'Agenda item')(ctx, id)),
    resource: ownerFrom(req, 'participantId'),
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
  channel: (ctx, id) => channelAt(ctx, id, 'Channel'),
  message: async (ctx, id) => {
    const message = await talkRepo.findMessage(ctx.database.db, id);
    const at = await channelAt(ctx, message?.channelId, 'Message');
    // A line belongs to its party: what its words allow is the party's to set.
    const ownerParticipantId = at.channel.channel.ownerParticipantId ?? undefined;
    return { ...at, resource: { ...at.resource, ownerParticipantId } };
  },
  poll: async (ctx, id) =>
    channelAt(ctx, (await pollRepo.findPoll(ctx.database.db, id))?.channelId, 'Poll'),
  attachment: async (ctx, id, req) => {
    const file = await attachmentRepo.attachmentChannel(ctx.database.db, id);
    const at = await channelAt(ctx, file?.channelId, 'Attachment');
    // A file not sent yet is its uploader's alone.
    if (file?.messageId === null && file.uploadedBy !== req.auth?.userId)
      return { ...at, seenWith: { hidden: true } };
    return at;
  },
  document: async (ctx, id, req, scope) => {
    const db = ctx.database.db;
    const doc = await textRepo.findDocument(db, id);
    const shape = doc ? await roundRepo.roundShape(db, doc.roundId) : undefined;
    if (!doc || !shape) throw notFound('Document');
    const round = await processRepo.findRound(db, doc.roundId);
    const resource = {
      penholders: doc.settings.penholders,
      mediatorTeamIds: shape.mediatorTeam,
    };
    return {
      roundId: doc.roundId,
      processId: round?.processId ?? null,
      resource: {
        ...resource,
        ...ownerFrom(req, 'ownerFromBody' in scope ? scope.ownerFromBody : undefined),
      },
      what: 'Document',
      seenWith: { action: 'document.read', resource },
    };
  },
};

function locate(ctx: AppContext, scope: Scope, req: FastifyRequest): Promise<Located> {
  const kind = Object.keys(scope)[0]!;
  const finder = FINDERS[kind];
  if (!finder) throw new Error(`no finder for scope ${kind}`);
  return finder(ctx, (req.params as Record<string, string>).id ?? '', req, scope);
}

/** Whether the principal may know the located resource exists at all. */
function knowsOf(principal: Principal, at: Located): boolean {
  if (!at.what || !at.seenWith) return true;
  if ('hidden' in at.seenWith) return false;
  const { action, resource } = at.seenWith;
  return can(principal, action, { kind: POLICY[action].resource, ...resource });
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
    const allowed =
      knowsOf(principal, at) &&
      can(principal, guard.action, { kind: POLICY[guard.action].resource, ...at.resource });
    ctx.onDecision?.({
      action: guard.action,
      allowed,
      route: `${req.method} ${req.routeOptions.url}`,
    });
    if (!allowed) throw knowsOf(principal, at) ? forbidden() : notFound(at.what!);
    req.access = {
      principal,
      roundId: at.roundId,
      processId: at.processId,
      ...(at.channel ? { channel: at.channel } : {}),
    };
  };
}
