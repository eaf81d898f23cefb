import type { FastifyRequest } from 'fastify';
import { DomainError, forbidden, notFound } from '../../core/errors.ts';
import {
  can,
  POLICY,
  type Action,
  type Principal,
  type Resource,
} from '../../core/policy/index.ts';
import { cachedReads } from '../kernel/cached-reads.ts';
import type { AppContext } from '../kernel/context.ts';
import type { Located, ScopeFinders } from './scopes.ts';

/**
 * Where a route finds the thing it acts on: `{ <scope kind>: 'id' }`, the kind one a feature
 * registered (its `scopes.ts`); `ownerFromBody` names the body field with the participant acted for.
 */
export type Scope =
  | { platform: true }
  | {
      readonly [kind: string]: 'id' | 'participantId' | undefined;
      ownerFromBody?: 'participantId';
    };

export type Guard = { public: string } | { action: Action; scope: Scope };

/** What the decision point settled on, handed to the handler so it never loads it again. */
interface Access {
  principal: Principal;
  roundId: string | null;
  processId: string | null;
  /** What the scope's finder loaded on the way (e.g. a channel and its round's shape). */
  found?: Located['found'];
}

declare module 'fastify' {
  interface FastifyRequest {
    access: Access | null;
  }
  interface FastifyContextConfig {
    guard?: Guard;
  }
}

export const scopeKind = (scope: Scope) => Object.keys(scope).find((k) => k !== 'ownerFromBody')!;

/** Whether the principal may know the located resource exists at all (invariant 6). */
function knowsOf(principal: Principal, at: Located): boolean {
  if (!at.what || !at.seenWith) return true;
  if ('hidden' in at.seenWith) return false;
  const { action, resource } = at.seenWith;
  return can(principal, action, { kind: POLICY[action].resource, ...resource });
}

function locate(ctx: AppContext, finders: ScopeFinders, scope: Scope, req: FastifyRequest) {
  const finder = finders[scopeKind(scope)];
  if (!finder) throw new Error(`no finder registered for scope ${scopeKind(scope)}`);
  return finder(ctx, (req.params as Record<string, string>).id ?? '', req, scope);
}

/** The decision point every routed request passes. Missing guard, missing user or any error: deny. */
export function authorize(ctx: AppContext, finders: ScopeFinders) {
  return async (req: FastifyRequest) => {
    req.access = null;
    const guard = req.routeOptions.config.guard;
    if (!guard) throw forbidden();
    if ('public' in guard) return;
    if (!req.auth) throw new DomainError('unauthenticated', 'Sign in to continue.');
    const at = await locate(ctx, finders, guard.scope, req);
    const principal = await cachedReads.principal(ctx, req.auth, at);
    const known = knowsOf(principal, at);
    const resource: Resource = { kind: POLICY[guard.action].resource, ...at.resource };
    const allowed = known && can(principal, guard.action, resource);
    ctx.onDecision?.({
      action: guard.action,
      allowed,
      route: `${req.method} ${req.routeOptions.url}`,
    });
    if (!allowed) throw known ? forbidden() : notFound(at.what!);
    req.access = {
      principal,
      roundId: at.roundId,
      processId: at.processId,
      ...(at.found ? { found: at.found } : {}),
    };
  };
}
