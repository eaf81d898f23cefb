import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../kernel/context.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type RoutePlugin = (app: App, ctx: AppContext) => void;

export const Empty = z.strictObject({}).optional();

export function signedIn(req: FastifyRequest) {
  if (!req.auth) throw new Error('guarded route reached without a user');
  return req.auth;
}

export function roundOf(req: FastifyRequest): string {
  const roundId = req.access?.roundId;
  if (!roundId) throw new Error('round-scoped route reached without a round');
  return roundId;
}

/** The principal the decision point settled on for this request. */
export function principalOf(req: FastifyRequest) {
  if (!req.access) throw new Error('guarded route reached without access');
  return req.access.principal;
}

/** One plugin registering several routes, each defined on its own. */
export const allRoutes =
  (...routes: RoutePlugin[]): RoutePlugin =>
  (app, ctx) => {
    for (const route of routes) route(app, ctx);
  };
