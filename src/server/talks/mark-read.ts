import { type Principal } from '../../core/policy/index.ts';
import { talkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { writeBookkeeping } from '../kernel/unit-of-work.ts';
import { loadChannel } from './sending.ts';

export async function markRead(
  ctx: AppContext,
  principal: Principal,
  channelId: string,
  seq: number,
) {
  const { channel } = await loadChannel(ctx.database.db, channelId);
  await writeBookkeeping(ctx, (db) =>
    talkRepo.markRead(db, principal.userId, channelId, Math.min(seq, channel.lastSeq)),
  );
}
