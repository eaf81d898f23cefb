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
} from '../../../core/talks/schemas.ts';
import { narrowRelayPermission } from '../narrow-relay-permission.ts';
import { relayMessage } from '../relay-message.ts';
import { listChannels } from '../list-channels.ts';
import { markRead } from '../mark-read.ts';
import { postMessage } from '../post-message.ts';
import { readMessages } from '../read-messages.ts';
import { roundOf, principalOf, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const listChannelsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/rounds/:id/channels',
    {
      config: { guard: { action: 'channel.list', scope: { round: 'id' } } },
      schema: {
        operationId: 'listChannels',
        tags: ['talks'],
        summary: 'List my channels',
        description:
          'The round’s channels the caller is in the audience of, with unread counts, whether they are closed and why, and what the caller may do in each.',
        params: IdParams,
        response: { 200: ChannelList },
      },
    },
    async (req) => ({ channels: await listChannels(ctx, principalOf(req), roundOf(req)) }),
  );
};

const listChannelMessagesRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/channels/:id/messages',
    {
      config: { guard: { action: 'channel.read', scope: { channel: 'id' } } },
      schema: {
        operationId: 'listChannelMessages',
        tags: ['talks'],
        summary: 'Read a channel',
        description:
          'Messages after a sequence number, in order, as the caller may see them (a party reads the mediators’ words on its line as from the mediators).',
        params: IdParams,
        querystring: MessagesQuery,
        response: { 200: MessageList },
      },
    },
    async (req) =>
      readMessages(
        ctx,
        principalOf(req),
        req.params.id,
        req.query.after,
        req.query.limit,
        req.access?.found,
      ),
  );
};

const postChannelMessageRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/channels/:id/messages',
    {
      config: { guard: { action: 'message.post', scope: { channel: 'id' } } },
      schema: {
        operationId: 'postChannelMessage',
        tags: ['talks'],
        summary: 'Post a message',
        description:
          'Posts to an open channel. Acknowledged only once durably committed; a retry with the same idempotency key returns the first message. On its own line a party sets the relay permission (mediators only unless it says otherwise).',
        params: IdParams,
        body: PostMessageCommand,
        response: { 200: MessageView },
      },
    },
    async (req) => postMessage(ctx, principalOf(req), req.params.id, req.body, req.access?.found),
  );
};

const relayMessageRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/channels/:id/relays',
    {
      config: { guard: { action: 'message.relay', scope: { channel: 'id' } } },
      schema: {
        operationId: 'relayMessage',
        tags: ['talks'],
        summary: 'Relay a message to another party’s line',
        description:
          'A member of the mediator team passes a party’s message on, within what its permission allows: no exact words or source party unless allowed.',
        params: IdParams,
        body: RelayCommand,
        response: { 200: MessageView },
      },
    },
    async (req) => relayMessage(ctx, principalOf(req), req.params.id, req.body, req.access?.found),
  );
};

const narrowRelayPermissionRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/messages/:id/relay-permission',
    {
      config: { guard: { action: 'message.narrowRelayPermission', scope: { message: 'id' } } },
      schema: {
        operationId: 'narrowRelayPermission',
        tags: ['talks'],
        summary: 'Narrow a message’s relay permission',
        description:
          'The sender (or its delegation’s head) narrows what the mediators may pass on, until they have relayed it; never wider.',
        params: IdParams,
        body: NarrowRelayPermissionCommand,
        response: { 200: MessageView },
      },
    },
    async (req) =>
      narrowRelayPermission(
        ctx,
        principalOf(req),
        req.params.id,
        req.body.relayPermission,
        req.access?.found,
      ),
  );
};

const markChannelReadRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/channels/:id/read',
    {
      config: { guard: { action: 'channel.read', scope: { channel: 'id' } } },
      schema: {
        operationId: 'markChannelRead',
        tags: ['talks'],
        summary: 'Mark a channel read',
        description: 'Records the last sequence number the caller has read in the channel.',
        params: IdParams,
        body: MarkReadCommand,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await markRead(ctx, principalOf(req), req.params.id, req.body.seq);
      return { ok: true as const };
    },
  );
};

export const channelRoutes = allRoutes(
  listChannelsRoute,
  listChannelMessagesRoute,
  postChannelMessageRoute,
  relayMessageRoute,
  narrowRelayPermissionRoute,
  markChannelReadRoute,
);
