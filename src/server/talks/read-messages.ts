import { type Principal } from '../../core/policy/index.ts';
import { presentMessage } from '../../core/talks/present.ts';
import type { Channel, RoundShape } from '../../core/talks/types.ts';
import { attachmentRepo, talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { loadChannel, viewerOf } from './sending.ts';

export async function readMessages(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  after: number,
  limit: number,
  preloaded?: { channel: Channel; shape: RoundShape },
) {
  const { channel, shape } = preloaded ?? (await loadChannel(ctx.database.db, channelId));
  // Read before the page: the page may only run ahead of it, never behind.
  const lastSeq = (await talkRepo.findChannel(ctx.database.db, channelId))?.lastSeq ?? 0;
  const list = await talkRepo.messagesAfter(ctx.database.db, channelId, after, limit);
  const files = await attachmentRepo.attachmentsOf(
    ctx.database.db,
    list.map((m) => m.id),
  );
  return {
    messages: list.map((m) =>
      presentMessage(m, channel, shape, viewerOf(principal), files.get(m.id) ?? []),
    ),
    lastSeq,
  };
}
