import { z } from 'zod';
import type { RoutePlugin } from '../types.ts';

export const healthRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/health',
    {
      config: { guard: { public: 'liveness probe' } },
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
};
