import { IdParams } from '../../../core/schemas/common.ts';
import { RespondInvitationCommand, RoundView } from '../../../core/convening/schemas.ts';
import { respondToInvitation } from '../respond-to-invitation.ts';
import { withdrawInvitation } from '../withdraw-invitation.ts';
import { roundViewFor } from '../present-round.ts';
import { Empty, roundOf, signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const response = { 200: RoundView };

const respondToInvitationRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/invitations/:id/response',
    {
      config: { guard: { action: 'invitation.respond', scope: { invitation: 'id' } } },
      schema: {
        operationId: 'respondToInvitation',
        tags: ['convening'],
        summary: 'Accept or decline an invitation',
        description:
          'The invited actor’s focal point accepts (which seats its delegation) or declines, with a public or private reason.',
        params: IdParams,
        body: RespondInvitationCommand,
        response,
      },
    },
    async (req) => {
      await respondToInvitation(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const withdrawInvitationRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/invitations/:id/withdrawal',
    {
      config: { guard: { action: 'invitation.withdraw', scope: { invitation: 'id' } } },
      schema: {
        operationId: 'withdrawInvitation',
        tags: ['convening'],
        summary: 'Withdraw an invitation',
        description: 'A convener withdraws a pending invitation.',
        params: IdParams,
        body: Empty,
        response,
      },
    },
    async (req) => {
      await withdrawInvitation(ctx, signedIn(req).userId, roundOf(req), req.params.id);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

export const invitationRoutes = allRoutes(respondToInvitationRoute, withdrawInvitationRoute);
