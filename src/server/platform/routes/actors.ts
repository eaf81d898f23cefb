import {
  ActorList,
  ActorView,
  CreateActorCommand,
  EditActorCommand,
} from '../../../core/platform/process-schemas.ts';
import { IdParams } from '../../../core/schemas/common.ts';
import { listActors } from '../list-actors.ts';
import { createActor } from '../create-actor.ts';
import { editActor } from '../edit-actor.ts';
import { signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const listActorsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/actors',
    {
      config: { guard: { action: 'actor.list', scope: { platform: true } } },
      schema: {
        operationId: 'listActors',
        tags: ['platform'],
        summary: 'List actors',
        description:
          'States, organisations, armed groups and other actors known to the platform. For the operator and conveners (who invite them).',
        response: { 200: ActorList },
      },
    },
    async () => listActors(ctx),
  );
};

const createActorRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/actors',
    {
      config: { guard: { action: 'actor.create', scope: { platform: true } } },
      schema: {
        operationId: 'createActor',
        tags: ['platform'],
        summary: 'Create an actor',
        description:
          'Adds a state, organisation, armed group, political body or coalition (with its member actors). For the platform operator.',
        body: CreateActorCommand,
        response: { 200: ActorView },
      },
    },
    async (req) => createActor(ctx, signedIn(req).userId, req.body),
  );
};

const editActorRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/actors/:id',
    {
      config: { guard: { action: 'actor.edit', scope: { actor: 'id' } } },
      schema: {
        operationId: 'editActor',
        tags: ['platform'],
        summary: 'Rename an actor',
        description:
          'Corrects an actor’s name, shown from then on wherever it is seated or invited. For the platform operator.',
        params: IdParams,
        body: EditActorCommand,
        response: { 200: ActorView },
      },
    },
    async (req) => editActor(ctx, signedIn(req).userId, req.params.id, req.body),
  );
};

export const actorRoutes = allRoutes(listActorsRoute, createActorRoute, editActorRoute);
