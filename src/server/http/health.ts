import { z } from 'zod';
import { checkReadiness } from '../platform/index.ts';
import { allRoutes, type RoutePlugin } from './route-types.ts';

const livenessRoute: RoutePlugin = (app) => {
  app.get(
    '/api/health',
    {
      config: { guard: { public: 'liveness probe' } },
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: 'Check that the server is up',
        description: 'Liveness probe: answers while the process serves requests. Needs no sign-in.',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
};

const ReadyView = z.object({ status: z.literal('ready'), migrations: z.number().int() });
const NotReadyView = z.object({
  status: z.literal('not_ready'),
  problem: z.enum(['database_unreachable', 'migrations_pending']),
});

const readinessRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/ready',
    {
      config: { guard: { public: 'readiness probe' } },
      schema: {
        operationId: 'getReadiness',
        tags: ['platform'],
        summary: 'Check that the server can serve',
        description:
          'Readiness probe for a load balancer: 200 once the database answers and holds every migration this build ships, 503 with the reason otherwise. Needs no sign-in.',
        response: { 200: ReadyView, 503: NotReadyView },
      },
    },
    async (_req, reply) => {
      const readiness = await checkReadiness(ctx);
      if (readiness.ready) return { status: 'ready' as const, migrations: readiness.migrations };
      return reply.status(503).send({ status: 'not_ready' as const, problem: readiness.problem });
    },
  );
};

export const healthRoutes = allRoutes(livenessRoute, readinessRoute);
