import { z } from 'zod';
import { Id } from './common.ts';
import { MessageView } from './talks.ts';

// The WebSocket protocol at /api/live (docs/live.md).
export const ClientFrame = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    channelId: Id,
    afterSeq: z.number().int().min(0),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), channelId: Id }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ServerFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribed'), channelId: Id, lastSeq: z.number().int() }),
  z.object({ type: z.literal('message'), channelId: Id, message: MessageView }),
  z.object({ type: z.literal('revoked'), channelId: Id }),
  /** A poll in the channel changed: fetch it again. */
  z.object({ type: z.literal('poll'), channelId: Id, pollId: Id }),
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    channelId: Id.optional(),
  }),
  z.object({ type: z.literal('pong') }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
