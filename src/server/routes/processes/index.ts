import { IdParams } from '../../../core/schemas/common.ts';
import {
  AppointConvenerCommand,
  CreateProcessCommand,
  CreateRoundCommand,
  ProcessList,
  ProcessView,
} from '../../../core/schemas/processes.ts';
import { RoundView } from '../../../core/schemas/rounds.ts';
import { processRepo } from '../../../db/index.ts';
import { appointConvener, createProcess } from '../../use-cases/platform.ts';
import { roundViewFor } from '../../use-cases/present-round.ts';
import { createRound } from '../../use-cases/rounds.ts';
import { processViewFor, roundSummary } from './present.ts';
import { errorResponses, signedIn, type RoutePlugin } from '../types.ts';

export const processRoutes: RoutePlugin = (app, ctx) => {
  const db = () => ctx.database.db;

  app.get(
    '/api/processes',
    {
      config: { guard: { action: 'process.list', scope: { platform: true } } },
      schema: { tags: ['processes'], response: { 200: ProcessList, ...errorResponses } },
    },
    async (req) => {
      const auth = signedIn(req);
      const ids = auth.isOperator ? 'all' : await processRepo.processIdsFor(db(), auth.userId);
      const rows = await processRepo.listProcesses(db(), ids);
      const rounds = await processRepo.roundsOf(
        db(),
        rows.map((p) => p.id),
      );
      return {
        processes: rows.map((p) => ({
          id: p.id,
          title: p.title,
          description: p.description,
          createdAt: p.createdAt.toISOString(),
          rounds: rounds.filter((r) => r.processId === p.id).map(roundSummary),
        })),
      };
    },
  );

  app.post(
    '/api/processes',
    {
      config: { guard: { action: 'process.create', scope: { platform: true } } },
      schema: {
        tags: ['processes'],
        body: CreateProcessCommand,
        response: { 200: ProcessView, ...errorResponses },
      },
    },
    async (req) =>
      processViewFor(ctx, req, await createProcess(ctx, signedIn(req).userId, req.body)),
  );

  app.get(
    '/api/processes/:id',
    {
      config: { guard: { action: 'process.read', scope: { process: 'id' } } },
      schema: {
        tags: ['processes'],
        params: IdParams,
        response: { 200: ProcessView, ...errorResponses },
      },
    },
    async (req) => processViewFor(ctx, req, req.params.id),
  );

  app.post(
    '/api/processes/:id/conveners',
    {
      config: { guard: { action: 'process.appointConvener', scope: { process: 'id' } } },
      schema: {
        tags: ['processes'],
        params: IdParams,
        body: AppointConvenerCommand,
        response: { 200: ProcessView, ...errorResponses },
      },
    },
    async (req) => {
      await appointConvener(ctx, signedIn(req).userId, req.params.id, req.body);
      return processViewFor(ctx, req, req.params.id);
    },
  );

  app.post(
    '/api/processes/:id/rounds',
    {
      config: { guard: { action: 'round.create', scope: { process: 'id' } } },
      schema: {
        tags: ['rounds'],
        params: IdParams,
        body: CreateRoundCommand,
        response: { 200: RoundView, ...errorResponses },
      },
    },
    async (req) => {
      const auth = signedIn(req);
      const roundId = await createRound(ctx, auth.userId, req.params.id, req.body);
      return roundViewFor(ctx, auth, roundId);
    },
  );
};
