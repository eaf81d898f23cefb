import { verifyChain } from '../../core/record/chain.ts';
import { actorRepo, recordRepo, sha256, userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

// The operator's reads and a user's own sign-ins: load, present, nothing written.

export const listAccounts = async (ctx: AppContext) => ({
  accounts: await userRepo.listAccounts(ctx.database.db),
});

export const listActors = async (ctx: AppContext) => ({
  actors: await actorRepo.listActors(ctx.database.db),
});

/** The user's live sign-ins, the one asking marked as current. */
export async function signInsOf(ctx: AppContext, auth: { userId: string; signInId: string }) {
  const rows = await userRepo.listLiveSignIns(ctx.database.db, auth.userId);
  return {
    signIns: rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      userAgent: s.userAgent,
      current: s.id === auth.signInId,
    })),
  };
}

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
