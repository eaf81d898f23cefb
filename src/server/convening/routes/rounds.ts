import { IdParams } from '../../../core/schemas/common.ts';
import {
  CreateInvitationCommand,
  ProposeAgendaItemCommand,
  RoundView,
  ScheduleSessionCommand,
  SetMediatorTeamCommand,
  SetRoundSettingsCommand,
} from '../../../core/convening/schemas.ts';
import { proposeAgendaItem } from '../propose-agenda-item.ts';
import { invite } from '../invite.ts';
import { roundViewFor } from '../present-round.ts';
import { setMediatorTeam } from '../set-mediator-team.ts';
import { setRoundSettings } from '../set-round-settings.ts';
import { scheduleSession } from '../schedule-session.ts';
import { roundOf, signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const response = { 200: RoundView };

const getRoundRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/rounds/:id',
    {
      config: { guard: { action: 'round.read', scope: { round: 'id' } } },
      schema: {
        operationId: 'getRound',
        tags: ['convening'],
        summary: 'Get a round',
        description:
          'The round as the caller may see it: participants, invitations, sessions, agenda, and what the caller may do. Delegation rosters go to their own members; the operator sees the public facts only.',
        params: IdParams,
        response,
      },
    },
    async (req) => roundViewFor(ctx, signedIn(req), roundOf(req)),
  );
};

const setMediatorTeamRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/rounds/:id/mediator-team',
    {
      config: { guard: { action: 'round.setMediatorTeam', scope: { round: 'id' } } },
      schema: {
        operationId: 'setMediatorTeam',
        tags: ['convening'],
        summary: 'Set the mediator team',
        description:
          'The participants who run the round’s proximity lines (mediators, and sponsors where the rules say so). For conveners; recorded.',
        params: IdParams,
        body: SetMediatorTeamCommand,
        response,
      },
    },
    async (req) => {
      await setMediatorTeam(ctx, signedIn(req).userId, roundOf(req), req.body.participantIds);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const setRoundSettingsRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/rounds/:id/settings',
    {
      config: { guard: { action: 'round.setSettings', scope: { round: 'id' } } },
      schema: {
        operationId: 'setRoundSettings',
        tags: ['convening'],
        summary: 'Set the round’s rules for its talks',
        description:
          'Whether a session’s channel closes when the session ends. For conveners; recorded.',
        params: IdParams,
        body: SetRoundSettingsCommand,
        response,
      },
    },
    async (req) => {
      await setRoundSettings(ctx, signedIn(req).userId, roundOf(req), req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const createInvitationRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/rounds/:id/invitations',
    {
      config: { guard: { action: 'invitation.create', scope: { round: 'id' } } },
      schema: {
        operationId: 'createInvitation',
        tags: ['convening'],
        summary: 'Invite an actor',
        description:
          'Invites an actor to the round in a capacity (party, sponsor, mediator, host, observer, secretariat) at a level of representation. For conveners.',
        params: IdParams,
        body: CreateInvitationCommand,
        response,
      },
    },
    async (req) => {
      await invite(ctx, signedIn(req).userId, roundOf(req), req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const scheduleSessionRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/rounds/:id/sessions',
    {
      config: { guard: { action: 'session.schedule', scope: { round: 'id' } } },
      schema: {
        operationId: 'scheduleSession',
        tags: ['convening'],
        summary: 'Schedule a session',
        description:
          'Schedules a plenary, proximity, consultation or bilateral session; its channel opens with it (proximity talks use the lines). For conveners.',
        params: IdParams,
        body: ScheduleSessionCommand,
        response,
      },
    },
    async (req) => {
      await scheduleSession(ctx, signedIn(req).userId, roundOf(req), req.body);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const proposeAgendaItemRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/rounds/:id/agenda',
    {
      config: { guard: { action: 'agenda.propose', scope: { round: 'id' } } },
      schema: {
        operationId: 'proposeAgendaItem',
        tags: ['convening'],
        summary: 'Propose an agenda item',
        description:
          'Adds an item to the round’s agenda on a track (ceasefire, humanitarian, political, procedural). For conveners.',
        params: IdParams,
        body: ProposeAgendaItemCommand,
        response,
      },
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

export const roundRoutes = allRoutes(
  getRoundRoute,
  setMediatorTeamRoute,
  setRoundSettingsRoute,
  createInvitationRoute,
  scheduleSessionRoute,
  proposeAgendaItemRoute,
);
