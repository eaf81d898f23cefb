import { IdParams } from '../../../core/schemas/common.ts';
import { RoundView, SetStanceCommand } from '../../../core/convening/schemas.ts';
import { setStance } from '../set-agenda-stance.ts';
import { roundViewFor } from '../present-round.ts';
import { roundOf, signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const setAgendaStanceRoute: RoutePlugin = (app, ctx) => {
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
        operationId: 'setAgendaStance',
        tags: ['convening'],
        summary: 'Set a party’s stance on an agenda item',
        description:
          'A party’s head, deputy or spokesperson accepts, rejects or reserves on an item; the item is adopted when every party accepts.',
        params: IdParams,
        body: SetStanceCommand,
        response: { 200: RoundView },
      },
    },
    async (req) => {
      await setStance(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

export const agendaRoutes = allRoutes(setAgendaStanceRoute);
