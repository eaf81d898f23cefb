import { z } from 'zod';
import { ClientFrame, ServerFrame } from '../../core/schemas/live.ts';
import { openApiDocument } from './openapi.ts';

type Frames = typeof ClientFrame | typeof ServerFrame;

/** One message per frame type, named after it: `subscribe`, `message`, `revoked`, … */
function messagesOf(frames: Frames, prefix: string) {
  const entries = frames.options.map((option) => {
    const type = option.shape.type.value;
    return [
      `${prefix}${type[0]!.toUpperCase()}${type.slice(1)}`,
      {
        name: type,
        title: `${type} frame`,
        contentType: 'application/json',
        payload: z.toJSONSchema(option, { target: 'draft-07', io: 'output' }),
      },
    ] as const;
  });
  return Object.fromEntries(entries);
}

/**
 * The live protocol of docs/live.md as an AsyncAPI 3.0 document, generated from the same zod
 * schemas the server parses and sends frames with, so that it cannot drift from them.
 */
export function asyncApiDocument() {
  const sent = messagesOf(ClientFrame, 'client');
  const received = messagesOf(ServerFrame, 'server');
  const refs = (messages: Record<string, unknown>) =>
    Object.keys(messages).map((name) => ({ $ref: `#/channels/live/messages/${name}` }));
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Parley live protocol',
      version: openApiDocument.info.version,
      description:
        'One WebSocket per browser tab at /api/live, authenticated by the `parley_sign_in` cookie at the upgrade (a cross-site upgrade is refused). Frames are JSON text messages. Each subscription is authorized once and again at every membership change; messages arrive in strict sequence order, without gaps or repeats.',
      license: { name: openApiDocument.info.license.name },
    },
    defaultContentType: 'application/json',
    servers: {
      parley: {
        host: 'localhost:8080',
        protocol: 'ws',
        pathname: '/api/live',
        description:
          'The Parley server itself (use wss behind TLS); the same host as the HTTP API.',
        security: [{ $ref: '#/components/securitySchemes/parleySignIn' }],
      },
    },
    channels: {
      live: {
        address: '/api/live',
        title: 'Live',
        description: 'Channels followed, texts watched, and the heartbeat.',
        messages: { ...sent, ...received },
      },
    },
    operations: {
      sendFrame: {
        action: 'send',
        title: 'Client frames',
        summary: 'Follow channels and texts, and keep the connection alive.',
        channel: { $ref: '#/channels/live' },
        messages: refs(sent),
      },
      receiveFrame: {
        action: 'receive',
        title: 'Server frames',
        summary: 'Messages, updates, notices and refusals, each as the user may see it.',
        channel: { $ref: '#/channels/live' },
        messages: refs(received),
      },
    },
    components: {
      securitySchemes: {
        parleySignIn: {
          type: 'httpApiKey',
          in: 'cookie',
          name: 'parley_sign_in',
          description: 'The sign-in cookie set by `POST /api/auth/sign-in`.',
        },
      },
    },
  };
}
