import { IdParams } from '../../../core/schemas/common.ts';
import { CreatePollCommand, PollList, PollView, VoteCommand } from '../../../core/talks/schemas.ts';
import { createPoll } from '../create-poll.ts';
import { listPolls } from '../list-polls.ts';
import { vote } from '../vote.ts';
import { principalOf, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const listCaucusPollsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/channels/:id/polls',
    {
      config: { guard: { action: 'channel.read', scope: { channel: 'id' } } },
      schema: {
        operationId: 'listCaucusPolls',
        tags: ['talks'],
        summary: 'List a caucus’s polls',
        description:
          'The delegation’s internal decisions in its caucus, with their votes as the caller may see them.',
        params: IdParams,
        response: { 200: PollList },
      },
    },
    async (req) => ({ polls: await listPolls(ctx, principalOf(req), req.params.id) }),
  );
};

const createCaucusPollRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/channels/:id/polls',
    {
      config: { guard: { action: 'poll.create', scope: { channel: 'id' } } },
      schema: {
        operationId: 'createCaucusPoll',
        tags: ['talks'],
        summary: 'Open a caucus poll',
        description:
          'Opens a poll in the delegation’s caucus, closing at a time or when every member has voted, secret or not.',
        params: IdParams,
        body: CreatePollCommand,
        response: { 200: PollView },
      },
    },
    async (req) => createPoll(ctx, principalOf(req), req.params.id, req.body),
  );
};

const voteInCaucusPollRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/polls/:id/votes',
    {
      config: { guard: { action: 'poll.vote', scope: { poll: 'id' } } },
      schema: {
        operationId: 'voteInCaucusPoll',
        tags: ['talks'],
        summary: 'Vote in a caucus poll',
        description: 'Casts or changes the caller’s vote while the poll is open.',
        params: IdParams,
        body: VoteCommand,
        response: { 200: PollView },
      },
    },
    async (req) => vote(ctx, principalOf(req), req.params.id, req.body.option),
  );
};

export const pollRoutes = allRoutes(
  listCaucusPollsRoute,
  createCaucusPollRoute,
  voteInCaucusPollRoute,
);
