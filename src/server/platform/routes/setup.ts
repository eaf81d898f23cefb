import {
  CompleteSetupCommand,
  MeView,
  SetupLinkView,
  SetupTokenParams,
} from '../../../core/platform/auth-schemas.ts';
import { allRoutes, type RoutePlugin } from '../../http/route-types.ts';
import { completeSetup } from '../complete-setup.ts';
import { describeSetupLink } from '../describe-setup-link.ts';
import { answerSignedIn } from './sign-in.ts';

// Whoever holds the link may use it, once: these routes are public, and rate-limited like sign-in.
const limited = (ctx: Parameters<RoutePlugin>[1]) => ({
  max: ctx.config.signInRateLimit.max,
  timeWindow: ctx.config.signInRateLimit.timeWindowMs,
});

const describeSetupLinkRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/setup/:token',
    {
      config: { guard: { public: 'first-run setup' }, rateLimit: limited(ctx) },
      schema: {
        operationId: 'describeSetupLink',
        tags: ['platform'],
        summary: 'Read a setup link',
        description:
          'Whether a one-time setup link (printed on the server’s console, or by `parley create-operator`) can still create the first operator account. A used, expired or made-up link answers 404 alike.',
        params: SetupTokenParams,
        response: { 200: SetupLinkView },
      },
    },
    async (req) => describeSetupLink(ctx, req.params.token),
  );
};

const completeSetupRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/setup/:token',
    {
      config: { guard: { public: 'first-run setup' }, rateLimit: limited(ctx) },
      schema: {
        operationId: 'completeSetup',
        tags: ['platform'],
        summary: 'Create the first operator account',
        description:
          'Uses a setup link once: creates the operator account and signs it in (the `parley_sign_in` cookie, and the `csrfToken` as after signing in). Refused once an operator exists.',
        params: SetupTokenParams,
        body: CompleteSetupCommand,
        response: { 200: MeView },
      },
    },
    async (req, reply) =>
      answerSignedIn(
        reply,
        await completeSetup(ctx, req.params.token, req.body, req.headers['user-agent'] ?? null),
      ),
  );
};

export const setupRoutes = allRoutes(describeSetupLinkRoute, completeSetupRoute);
