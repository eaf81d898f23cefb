import { z } from 'zod';
import { Id } from './common.ts';
import { TEXT_CHANGES } from '../texts/vocabulary.ts';
import { MessageView } from '../talks/schemas.ts';

// The WebSocket protocol at /api/live (docs/live.md).
export const ClientFrame = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('subscribe'),
    channelId: Id,
    afterSeq: z.number().int().min(0),
  }),
  z.strictObject({ type: z.literal('unsubscribe'), channelId: Id }),
  /** Follow a negotiating text: be told when something the viewer may read in it changes. */
  z.strictObject({ type: z.literal('watch'), textId: Id }),
  z.strictObject({ type: z.literal('unwatch'), textId: Id }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ServerFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribed'), channelId: Id, lastSeq: z.number().int() }),
  z.object({ type: z.literal('message'), channelId: Id, message: MessageView }),
  /** A message already sent changed (a narrowed permission, a relay of it): replace it. */
  z.object({ type: z.literal('updated'), channelId: Id, message: MessageView }),
  z.object({ type: z.literal('revoked'), channelId: Id }),
  /** A poll in the channel changed: fetch it again. */
  z.object({ type: z.literal('poll'), channelId: Id, pollId: Id }),
  z.object({ type: z.literal('watching'), textId: Id }),
  /** Something the viewer may read in the text changed: fetch what is shown of it again. */
  z.object({ type: z.literal('text'), textId: Id, change: z.enum(TEXT_CHANGES) }),
  /** The viewer may no longer read the text: nothing more is sent about it. */
  z.object({ type: z.literal('unwatched'), textId: Id }),
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    channelId: Id.optional(),
    textId: Id.optional(),
  }),
  z.object({ type: z.literal('pong') }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
