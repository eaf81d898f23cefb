import { ActorList, ActorView, CreateActorCommand } from '../../../core/schemas/processes.ts';
import { actorRepo } from '../../../db/index.ts';
import { createActor } from '../../use-cases/platform.ts';
import { errorResponses, signedIn, type RoutePlugin } from '../types.ts';

export const actorRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/actors',
    {
      config: { guard: { action: 'actor.list', scope: { platform: true } } },
      schema: { tags: ['platform'], response: { 200: ActorList, ...errorResponses } },
    },
    async () => ({ actors: await actorRepo.listActors(ctx.database.db) }),
  );
  app.post(
    '/api/actors',
    {
      config: { guard: { action: 'actor.create', scope: { platform: true } } },
      schema: {
        tags: ['platform'],
        body: CreateActorCommand,
        response: { 200: ActorView, ...errorResponses },
      },
    },
    async (req) => createActor(ctx, signedIn(req).userId, req.body),
  );
};
