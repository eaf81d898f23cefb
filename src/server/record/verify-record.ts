import { verifyChain } from '../../core/record/chain.ts';
import { recordRepo, sha256 } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

/**
 * Whether the chain is intact and, if not, where it breaks. No count and no head hash: they move
 * with every message, and polling them would let the operator time confidential activity.
 */
export async function verifyRecord(ctx: AppContext) {
  const { events, head } = await recordRepo.readChain(ctx.database.db);
  const verdict = verifyChain(sha256, events, head);
  return verdict.ok
    ? { intact: true }
    : { intact: false, firstBadSeq: verdict.firstBadSeq, problem: verdict.problem };
}
