import type { Principal } from '../../core/policy/index.ts';
import { type Poll } from '../../core/talks/polls.ts';
import { pollRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { caucusOf, settle, viewOf } from './polls.ts';

export async function listPolls(ctx: AppContext, principal: Principal, channelId: string) {
  const { channel, electorate } = await caucusOf(ctx.database.db, channelId);
  const list = await pollRepo.pollsOf(ctx.database.db, channelId);
  const settled = await commit(ctx, principal.userId, channel.roundId, async (tx, record, now) => {
    const out: Poll[] = [];
    for (const p of list) out.push(await settle(tx, record, p, electorate, now));
    return out;
  });
  return Promise.all(settled.map((p) => viewOf(ctx, p, electorate, principal.userId)));
}
