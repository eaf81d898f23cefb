import { IdParams } from '../../../core/schemas/common.ts';
import { RoundView, SetStanceCommand } from '../../../core/schemas/rounds.ts';
import { setStance } from '../../use-cases/agenda.ts';
import { roundViewFor } from '../../use-cases/present-round.ts';
import { errorResponses, roundOf, signedIn, type RoutePlugin } from '../types.ts';

export const agendaRoutes: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/agenda/:id/stance',
    {
      config: {
        guard: {
          action: 'agenda.setStance',
          scope: { agendaItem: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: {
        tags: ['agenda'],
        params: IdParams,
        body: SetStanceCommand,
        response: { 200: RoundView, ...errorResponses },
      },
    },
    async (req) => {
      await setStance(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};
