import { notFound } from '../../core/errors.ts';
import { channelResource } from '../../core/talks/audience.ts';
import { attachmentRepo, pollRepo, talkRepo } from '../../db/index.ts';
import { cachedReads } from '../kernel/cached-reads.ts';
import type { AppContext } from '../kernel/context.ts';
import type { ScopeFinders } from '../http/scopes.ts';

/** A channel is known to its audience; what hangs in it is known with it. */
async function channelAt(ctx: AppContext, channelId: string | undefined, what: string) {
  const channel = channelId ? await cachedReads.channel(ctx, channelId) : undefined;
  const shape = channel ? await cachedReads.shape(ctx, channel.roundId) : undefined;
  if (!channel || !shape) throw notFound(what);
  const { kind: _kind, ...resource } = channelResource(channel, shape);
  return {
    roundId: channel.roundId,
    processId: (await cachedReads.processOfRound(ctx, channel.roundId)) ?? null,
    resource,
    found: { channel, shape },
    what,
    seenWith: { action: 'channel.read' as const, resource },
  };
}

export const talksScopes: ScopeFinders = {
  channel: (ctx, id) => channelAt(ctx, id, 'Channel'),
  message: async (ctx, id) => {
    const message = await talkRepo.findMessage(ctx.database.db, id);
    const at = await channelAt(ctx, message?.channelId, 'Message');
    // A line belongs to its party: what its words allow is the party's to set.
    const ownerParticipantId = at.found.channel.ownerParticipantId ?? undefined;
    return { ...at, resource: { ...at.resource, ownerParticipantId } };
  },
  poll: async (ctx, id) =>
    channelAt(ctx, (await pollRepo.findPoll(ctx.database.db, id))?.channelId, 'Poll'),
  attachment: async (ctx, id, req) => {
    const file = await attachmentRepo.attachmentChannel(ctx.database.db, id);
    const at = await channelAt(ctx, file?.channelId, 'Attachment');
    // A file not sent yet is its uploader's alone.
    if (file?.messageId === null && file.uploadedBy !== req.auth?.userId)
      return { ...at, seenWith: { hidden: true } };
    return at;
  },
};
