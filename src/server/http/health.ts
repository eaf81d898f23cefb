import { z } from 'zod';
import type { RoutePlugin } from './route-types.ts';

export const healthRoutes: RoutePlugin = (app) => {
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
