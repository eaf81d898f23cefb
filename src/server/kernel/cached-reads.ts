import type { Principal } from '../../core/policy/index.ts';
import { processRepo, roundRepo, talkRepo, userRepo, type Tx } from '../../db/index.ts';
import type { AppContext } from './context.ts';

/** Who the user is in the given round and process, for the policy. */
export async function loadPrincipal(
  db: Tx,
  user: { userId: string; isOperator: boolean },
  at: { roundId: string | null; processId: string | null },
): Promise<Principal> {
  const seats = at.roundId ? await roundRepo.seatsIn(db, at.roundId, user.userId) : [];
  const isProcessConvener = at.processId
    ? await processRepo.isProcessConvener(db, at.processId, user.userId)
    : await processRepo.convenesAnywhere(db, user.userId);
  // A seat or an appointment settles membership of the process without the wider search.
  const inProcess =
    at.processId !== null &&
    (seats.length > 0 ||
      isProcessConvener ||
      (await processRepo.processIdsFor(db, user.userId)).includes(at.processId));
  return {
    userId: user.userId,
    isOperator: user.isOperator,
    isProcessConvener,
    seats,
    actorIds: await userRepo.focalActorIds(db, user.userId),
    inProcess,
  };
}

type Place = { roundId: string | null; processId: string | null };

/** Shared values are frozen, so a caller that mutates one fails loudly instead of leaking. */
function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFrozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** The reads behind almost every request, answered from memory between changes (see ReadCache). */
export const cachedReads = {
  principal: (ctx: AppContext, user: { userId: string; isOperator: boolean }, at: Place) =>
    ctx.kernel.readCache.get(
      `principal:${user.userId}:${user.isOperator}:${at.roundId}:${at.processId}`,
      async () => deepFrozen(await loadPrincipal(ctx.database.db, user, at)),
    ),

  /** The session behind a cookie's token hash, while it is not revoked. */
  authSession: (ctx: AppContext, tokenHash: string) =>
    ctx.kernel.readCache.get(`auth:${tokenHash}`, () =>
      userRepo.findLiveSignIn(ctx.database.db, tokenHash),
    ),

  /** A channel's audience-deciding fields. Its `lastSeq` moves with every message: read it fresh. */
  channel: (ctx: AppContext, id: string) =>
    ctx.kernel.readCache.get(`channel:${id}`, async () =>
      deepFrozen(await talkRepo.findChannel(ctx.database.db, id)),
    ),

  shape: (ctx: AppContext, roundId: string) =>
    ctx.kernel.readCache.get(`shape:${roundId}`, async () =>
      deepFrozen(await roundRepo.roundShape(ctx.database.db, roundId)),
    ),

  /** A round never moves to another process. */
  processOfRound: (ctx: AppContext, roundId: string) =>
    ctx.kernel.readCache.get(`process-of:${roundId}`, async () => {
      const round = await processRepo.findRound(ctx.database.db, roundId);
      return round ? round.processId : undefined;
    }),
};
