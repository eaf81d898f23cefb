import { IdParams } from '../../../core/schemas/common.ts';
import {
  CreateInvitationCommand,
  ProposeAgendaItemCommand,
  RoundView,
  ScheduleSessionCommand,
  SetMediatorTeamCommand,
  SetRoundSettingsCommand,
} from '../../../core/schemas/rounds.ts';
import { proposeAgendaItem } from '../../use-cases/agenda.ts';
import { invite } from '../../use-cases/invitations.ts';
import { roundViewFor } from '../../use-cases/present-round.ts';
import { setMediatorTeam, setRoundSettings } from '../../use-cases/rounds.ts';
import { scheduleSession } from '../../use-cases/sessions.ts';
import { errorResponses, roundOf, signedIn, type RoutePlugin } from '../types.ts';

const response = { 200: RoundView, ...errorResponses };

export const roundRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/rounds/:id',
    {
      config: { guard: { action: 'round.read', scope: { round: 'id' } } },
      schema: { tags: ['rounds'], params: IdParams, response },
    },
    async (req) => roundViewFor(ctx, signedIn(req), roundOf(req)),
  );

  app.put(
    '/api/rounds/:id/mediator-team',
    {
      config: { guard: { action: 'round.setMediatorTeam', scope: { round: 'id' } } },
      schema: { tags: ['rounds'], params: IdParams, body: SetMediatorTeamCommand, response },
    },
    async (req) => {
      await setMediatorTeam(ctx, signedIn(req).userId, roundOf(req), req.body.participantIds);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );

  app.put(
    '/api/rounds/:id/settings',
    {
      config: { guard: { action: 'round.setSettings', scope: { round: 'id' } } },
      schema: { tags: ['rounds'], params: IdParams, body: SetRoundSettingsCommand, response },
    },
    async (req) => {
      await setRoundSettings(ctx, signedIn(req).userId, roundOf(req), req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );

  app.post(
    '/api/rounds/:id/invitations',
    {
      config: { guard: { action: 'invitation.create', scope: { round: 'id' } } },
      schema: { tags: ['invitations'], params: IdParams, body: CreateInvitationCommand, response },
    },
    async (req) => {
      await invite(ctx, signedIn(req).userId, roundOf(req), req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );

  app.post(
    '/api/rounds/:id/sessions',
    {
      config: { guard: { action: 'session.schedule', scope: { round: 'id' } } },
      schema: { tags: ['sessions'], params: IdParams, body: ScheduleSessionCommand, response },
    },
    async (req) => {
      await scheduleSession(ctx, signedIn(req).userId, roundOf(req), req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );

  app.post(
    '/api/rounds/:id/agenda',
    {
      config: { guard: { action: 'agenda.propose', scope: { round: 'id' } } },
      schema: { tags: ['agenda'], params: IdParams, body: ProposeAgendaItemCommand, response },
    },
    async (req) => {
      const seats = req.access?.principal.seats ?? [];
      await proposeAgendaItem(
        ctx,
        { userId: signedIn(req).userId, participantIds: seats.map((s) => s.participantId) },
        roundOf(req),
        req.body,
      );
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};
