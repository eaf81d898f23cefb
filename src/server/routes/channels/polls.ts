import { IdParams } from '../../../core/schemas/common.ts';
import { CreatePollCommand, PollList, PollView, VoteCommand } from '../../../core/schemas/talks.ts';
import { createPoll, listPolls, vote } from '../../use-cases/polls.ts';
import { errorResponses, principalOf, type RoutePlugin } from '../types.ts';

export const pollRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/channels/:id/polls',
    {
      config: { guard: { action: 'channel.read', scope: { channel: 'id' } } },
      schema: { tags: ['talks'], params: IdParams, response: { 200: PollList, ...errorResponses } },
    },
    async (req) => ({ polls: await listPolls(ctx, principalOf(req), req.params.id) }),
  );

  app.post(
    '/api/channels/:id/polls',
    {
      config: { guard: { action: 'poll.create', scope: { channel: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        body: CreatePollCommand,
        response: { 200: PollView, ...errorResponses },
      },
    },
    async (req) => createPoll(ctx, principalOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/polls/:id/votes',
    {
      config: { guard: { action: 'poll.vote', scope: { poll: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        body: VoteCommand,
        response: { 200: PollView, ...errorResponses },
      },
    },
    async (req) => vote(ctx, principalOf(req), req.params.id, req.body.option),
  );
};
