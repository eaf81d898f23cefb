import { IdParams, Ok } from '../../../core/schemas/common.ts';
import {
  ChannelList,
  MarkReadCommand,
  MessageList,
  NarrowRelayPermissionCommand,
  MessagesQuery,
  MessageView,
  PostMessageCommand,
  RelayCommand,
} from '../../../core/schemas/talks.ts';
import { narrowRelayPermission, relayMessage } from '../../use-cases/relays.ts';
import { listChannels, markRead, postMessage, readMessages } from '../../use-cases/talks.ts';
import { errorResponses, roundOf, principalOf, type RoutePlugin } from '../types.ts';
import { attachmentRoutes } from './attachments.ts';
import { pollRoutes } from './polls.ts';

export const channelRoutes: RoutePlugin = (app, ctx) => {
  pollRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  app.get(
    '/api/rounds/:id/channels',
    {
      config: { guard: { action: 'channel.list', scope: { round: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        response: { 200: ChannelList, ...errorResponses },
      },
    },
    async (req) => ({ channels: await listChannels(ctx, principalOf(req), roundOf(req)) }),
  );

  app.get(
    '/api/channels/:id/messages',
    {
      config: { guard: { action: 'channel.read', scope: { channel: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        querystring: MessagesQuery,
        response: { 200: MessageList, ...errorResponses },
      },
    },
    async (req) =>
      readMessages(
        ctx,
        principalOf(req),
        req.params.id,
        req.query.after,
        req.query.limit,
        req.access?.channel,
      ),
  );

  app.post(
    '/api/channels/:id/messages',
    {
      config: { guard: { action: 'message.post', scope: { channel: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        body: PostMessageCommand,
        response: { 200: MessageView, ...errorResponses },
      },
    },
    async (req) => postMessage(ctx, principalOf(req), req.params.id, req.body, req.access?.channel),
  );

  app.post(
    '/api/channels/:id/relays',
    {
      config: { guard: { action: 'message.relay', scope: { channel: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        body: RelayCommand,
        response: { 200: MessageView, ...errorResponses },
      },
    },
    async (req) =>
      relayMessage(ctx, principalOf(req), req.params.id, req.body, req.access?.channel),
  );

  app.put(
    '/api/messages/:id/relay-permission',
    {
      config: { guard: { action: 'message.narrowRelayPermission', scope: { message: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        body: NarrowRelayPermissionCommand,
        response: { 200: MessageView, ...errorResponses },
      },
    },
    async (req) =>
      narrowRelayPermission(
        ctx,
        principalOf(req),
        req.params.id,
        req.body.relayPermission,
        req.access?.channel,
      ),
  );

  app.put(
    '/api/channels/:id/read',
    {
      config: { guard: { action: 'channel.read', scope: { channel: 'id' } } },
      schema: {
        tags: ['talks'],
        params: IdParams,
        body: MarkReadCommand,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await markRead(ctx, principalOf(req), req.params.id, req.body.seq);
      return { ok: true as const };
    },
  );
};
