import type { FastifyReply } from 'fastify';
import {
  ChangePasswordCommand,
  ChangePasswordResult,
  MeView,
  SignInCommand,
  SignInList,
} from '../../../core/platform/auth-schemas.ts';
import { IdParams, Ok } from '../../../core/schemas/common.ts';
import { signInsOf } from '../list-sign-ins.ts';
import { SIGN_IN_COOKIE } from '../tokens.ts';
import { endSignIn } from '../end-sign-in.ts';
import { signIn } from '../sign-in.ts';
import { changePassword } from '../change-password.ts';
import { signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';
import type { AppContext } from '../../kernel/context.ts';

const COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'strict',
  secure: 'auto',
  path: '/',
} as const;

/** The answer of whatever signs a browser in: the sign-in cookie, and who is now signed in. */
export function answerSignedIn<Me>(reply: FastifyReply, signedIn: { token: string; me: Me }): Me {
  reply.setCookie(SIGN_IN_COOKIE, signedIn.token, COOKIE_OPTIONS);
  return signedIn.me;
}

/** A password is guessed at no faster here than at sign-in. */
const passwordRateLimit = (ctx: AppContext) => ({
  max: ctx.config.signInRateLimit.max,
  timeWindow: ctx.config.signInRateLimit.timeWindowMs,
  keyGenerator: (req: { ip: string }) => req.ip,
});

const signInRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/auth/sign-in',
    {
      config: { guard: { public: 'signing in' }, rateLimit: passwordRateLimit(ctx) },
      schema: {
        operationId: 'signIn',
        tags: ['platform'],
        summary: 'Sign in with email and password',
        description:
          'Starts a sign-in: sets the `parley_sign_in` cookie and answers with the user and the `csrfToken` to send as `x-csrf-token` on every later state-changing request. Rate-limited per address.',
        body: SignInCommand,
        response: { 200: MeView },
      },
    },
    async (req, reply) =>
      answerSignedIn(reply, await signIn(ctx, req.body, req.headers['user-agent'] ?? null)),
  );
};

const signOutRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/auth/sign-out',
    {
      config: { guard: { action: 'account.manageOwnSignIns', scope: { platform: true } } },
      schema: {
        operationId: 'signOut',
        tags: ['platform'],
        summary: 'Sign out',
        description: 'Ends the current sign-in on the server and clears its cookie.',
        response: { 200: Ok },
      },
    },
    async (req, reply) => {
      const auth = signedIn(req);
      await endSignIn(ctx, auth.userId, auth.signInId);
      reply.clearCookie(SIGN_IN_COOKIE, COOKIE_OPTIONS);
      return { ok: true as const };
    },
  );
};

const getMeRoute: RoutePlugin = (app) => {
  app.get(
    '/api/auth/me',
    {
      config: { guard: { action: 'platform.read', scope: { platform: true } } },
      schema: {
        operationId: 'getMe',
        tags: ['platform'],
        summary: 'Who is signed in',
        description:
          'The signed-in user, whether they are the platform operator, and the CSRF token of this sign-in.',
        response: { 200: MeView },
      },
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
};

const listSignInsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/auth/sign-ins',
    {
      config: { guard: { action: 'account.manageOwnSignIns', scope: { platform: true } } },
      schema: {
        operationId: 'listSignIns',
        tags: ['platform'],
        summary: 'List my sign-ins',
        description:
          'Every live sign-in of the signed-in user, with the current one marked, so that others can be ended.',
        response: { 200: SignInList },
      },
    },
    async (req) => signInsOf(ctx, signedIn(req)),
  );
};

const endSignInRoute: RoutePlugin = (app, ctx) => {
  app.delete(
    '/api/auth/sign-ins/:id',
    {
      config: { guard: { action: 'account.manageOwnSignIns', scope: { platform: true } } },
      schema: {
        operationId: 'endSignIn',
        tags: ['platform'],
        summary: 'End one of my sign-ins',
        description:
          'Ends a sign-in of the signed-in user (another browser, say). Another user’s sign-in answers as one that does not exist.',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req, reply) => {
      const auth = signedIn(req);
      await endSignIn(ctx, auth.userId, req.params.id);
      if (req.params.id === auth.signInId) reply.clearCookie(SIGN_IN_COOKIE, COOKIE_OPTIONS);
      return { ok: true as const };
    },
  );
};

const changePasswordRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/auth/password',
    {
      config: {
        guard: { action: 'account.changePassword', scope: { platform: true } },
        rateLimit: passwordRateLimit(ctx),
      },
      schema: {
        operationId: 'changePassword',
        tags: ['platform'],
        summary: 'Change my password',
        description:
          'Sets a new password, given the current one (401 `invalid_credentials` if it is wrong; rate-limited per address like sign-in). This sign-in stays; every other sign-in of the account ends.',
        body: ChangePasswordCommand,
        response: { 200: ChangePasswordResult },
      },
    },
    async (req) => changePassword(ctx, signedIn(req), req.body),
  );
};

export const authRoutes = allRoutes(
  signInRoute,
  signOutRoute,
  getMeRoute,
  listSignInsRoute,
  endSignInRoute,
  changePasswordRoute,
);
