import { AuthSessionList, MeView, SignInCommand } from '../../../core/schemas/auth.ts';
import { IdParams, Ok } from '../../../core/schemas/common.ts';
import { userRepo } from '../../../db/index.ts';
import { SESSION_COOKIE } from '../../auth/tokens.ts';
import { revokeSession, signIn } from '../../use-cases/sign-in.ts';
import { errorResponses, signedIn, type RoutePlugin } from '../types.ts';

export const COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'strict',
  secure: 'auto',
  path: '/',
} as const;

export const authRoutes: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/auth/sign-in',
    {
      config: {
        guard: { public: 'signing in' },
        rateLimit: {
          max: ctx.config.signInRateLimit.max,
          timeWindow: ctx.config.signInRateLimit.timeWindowMs,
          keyGenerator: (req) => req.ip,
        },
      },
      schema: { tags: ['auth'], body: SignInCommand, response: { 200: MeView, ...errorResponses } },
    },
    async (req, reply) => {
      const { token, me } = await signIn(ctx, req.body, req.headers['user-agent'] ?? null);
      reply.setCookie(SESSION_COOKIE, token, COOKIE_OPTIONS);
      return me;
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { guard: { action: 'account.manageOwnSessions', scope: { platform: true } } },
      schema: { tags: ['auth'], response: { 200: Ok, ...errorResponses } },
    },
    async (req, reply) => {
      const auth = signedIn(req);
      await revokeSession(ctx, auth.userId, auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { guard: { action: 'platform.read', scope: { platform: true } } },
      schema: { tags: ['auth'], response: { 200: MeView, ...errorResponses } },
    },
    async (req) => {
      const auth = signedIn(req);
      return {
        user: {
          id: auth.userId,
          email: auth.email,
          displayName: auth.displayName,
          isOperator: auth.isOperator,
        },
        csrfToken: auth.csrfToken,
      };
    },
  );

  app.get(
    '/api/auth/sessions',
    {
      config: { guard: { action: 'account.manageOwnSessions', scope: { platform: true } } },
      schema: { tags: ['auth'], response: { 200: AuthSessionList, ...errorResponses } },
    },
    async (req) => {
      const auth = signedIn(req);
      const rows = await userRepo.listLiveAuthSessions(ctx.database.db, auth.userId);
      return {
        sessions: rows.map((s) => ({
          id: s.id,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          userAgent: s.userAgent,
          current: s.id === auth.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      config: { guard: { action: 'account.manageOwnSessions', scope: { platform: true } } },
      schema: { tags: ['auth'], params: IdParams, response: { 200: Ok, ...errorResponses } },
    },
    async (req, reply) => {
      const auth = signedIn(req);
      await revokeSession(ctx, auth.userId, req.params.id);
      if (req.params.id === auth.sessionId) reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
      return { ok: true as const };
    },
  );
};
