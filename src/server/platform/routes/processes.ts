import { IdParams } from '../../../core/schemas/common.ts';
import {
  AppointConvenerCommand,
  CreateProcessCommand,
  CreateRoundCommand,
  EditProcessCommand,
  ProcessList,
  ProcessView,
} from '../../../core/platform/process-schemas.ts';
import { RoundView } from '../../../core/convening/index.ts';
import { appointConvener } from '../appoint-convener.ts';
import { createProcess } from '../create-process.ts';
import { editProcess } from '../edit-process.ts';
import { roundViewFor } from '../../convening/index.ts';
import { createRound } from '../../convening/index.ts';
import { processesFor } from '../list-processes.ts';
import { processViewFor } from '../view-process.ts';
import { signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const listProcessesRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/processes',
    {
      config: { guard: { action: 'process.list', scope: { platform: true } } },
      schema: {
        operationId: 'listProcesses',
        tags: ['platform'],
        summary: 'List my processes',
        description:
          'The negotiation processes the user takes part in (all of them for the operator), with their rounds.',
        response: { 200: ProcessList },
      },
    },
    async (req) => processesFor(ctx, signedIn(req)),
  );
};

const createProcessRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/processes',
    {
      config: { guard: { action: 'process.create', scope: { platform: true } } },
      schema: {
        operationId: 'createProcess',
        tags: ['platform'],
        summary: 'Create a process',
        description:
          'Starts a negotiation process (e.g. “Syria — Astana process”). For the platform operator.',
        body: CreateProcessCommand,
        response: { 200: ProcessView },
      },
    },
    async (req) =>
      processViewFor(ctx, signedIn(req), await createProcess(ctx, signedIn(req).userId, req.body)),
  );
};

const getProcessRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/processes/:id',
    {
      config: { guard: { action: 'process.read', scope: { process: 'id' } } },
      schema: {
        operationId: 'getProcess',
        tags: ['platform'],
        summary: 'Get a process',
        description:
          'A process with its conveners and rounds. Out of the caller’s reach, it answers as if it did not exist.',
        params: IdParams,
        response: { 200: ProcessView },
      },
    },
    async (req) => processViewFor(ctx, signedIn(req), req.params.id),
  );
};

const editProcessRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/processes/:id',
    {
      config: { guard: { action: 'process.edit', scope: { process: 'id' } } },
      schema: {
        operationId: 'editProcess',
        tags: ['platform'],
        summary: 'Edit a process',
        description: 'Sets a process’s title and description. For the platform operator.',
        params: IdParams,
        body: EditProcessCommand,
        response: { 200: ProcessView },
      },
    },
    async (req) => {
      await editProcess(ctx, signedIn(req).userId, req.params.id, req.body);
      return processViewFor(ctx, signedIn(req), req.params.id);
    },
  );
};

const appointConvenerRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/processes/:id/conveners',
    {
      config: { guard: { action: 'process.appointConvener', scope: { process: 'id' } } },
      schema: {
        operationId: 'appointConvener',
        tags: ['platform'],
        summary: 'Appoint a convener',
        description:
          'Appoints a user (for an actor) as a convener of the process, who may then create rounds and invite. For the platform operator.',
        params: IdParams,
        body: AppointConvenerCommand,
        response: { 200: ProcessView },
      },
    },
    async (req) => {
      await appointConvener(ctx, signedIn(req).userId, req.params.id, req.body);
      return processViewFor(ctx, signedIn(req), req.params.id);
    },
  );
};

const createRoundRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/processes/:id/rounds',
    {
      config: { guard: { action: 'round.create', scope: { process: 'id' } } },
      schema: {
        operationId: 'createRound',
        tags: ['convening'],
        summary: 'Create a round',
        description:
          'Opens a round of the process at a venue, with dates and a time zone. For the process’s conveners.',
        params: IdParams,
        body: CreateRoundCommand,
        response: { 200: RoundView },
      },
    },
    async (req) => {
      const auth = signedIn(req);
      const roundId = await createRound(ctx, auth.userId, req.params.id, req.body);
      return roundViewFor(ctx, auth, roundId);
    },
  );
};

export const processRoutes = allRoutes(
  listProcessesRoute,
  createProcessRoute,
  getProcessRoute,
  editProcessRoute,
  appointConvenerRoute,
  createRoundRoute,
);
