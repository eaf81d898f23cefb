import type { FastifyRequest } from 'fastify';
import type { Action, Resource } from '../../core/policy/index.ts';
import type { Channel, RoundShape } from '../../core/talks/index.ts';
import type { AppContext } from '../kernel/context.ts';
import type { Scope } from './guard.ts';

/**
 * A resource found for a decision, with what it takes to know it exists: the read action that shows
 * it (and its resource). Whoever may not read it is told it is not there (invariant 6), in exactly
 * the words a made-up id gets, so a refusal never confirms that an id is real.
 */
export interface Located {
  roundId: string | null;
  processId: string | null;
  /** The policy resource, built once here and used for the decision. */
  resource: Omit<Resource, 'kind'>;
  /** What the finder loaded that the handler would otherwise load again. */
  found?: { channel: Channel; shape: RoundShape };
  /** What the "not found" answer calls it; absent when its existence is no secret. */
  what?: string;
  /** The read that reveals it; `hidden` for what nobody but its owner sees at all. */
  seenWith?: { action: Action; resource: Omit<Resource, 'kind'> } | { hidden: true };
}

type ScopeFinder = (
  ctx: AppContext,
  id: string,
  req: FastifyRequest,
  scope: Scope,
) => Promise<Located>;

/** Each feature registers the finders of its scope kinds (its `scopes.ts`). */
export type ScopeFinders = Readonly<Record<string, ScopeFinder>>;

/** The participant a request acts for, from the body field the scope names. */
export function ownerFrom(req: FastifyRequest, scope: Scope) {
  const field = 'ownerFromBody' in scope ? scope.ownerFromBody : undefined;
  const value = field ? ((req.body ?? {}) as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? { ownerParticipantId: value } : {};
}
