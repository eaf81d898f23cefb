import { presentRound } from '../../core/convening/present.ts';
import type { RoundView } from '../../core/convening/schemas.ts';
import type { Principal } from '../../core/policy/index.ts';
import { processRepo, roundRepo, userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { loadRound } from '../kernel/unit-of-work.ts';

/** The round as this user may see it now (seats are re-read: the change may have seated them). */
export async function roundViewFor(
  ctx: AppContext,
  user: { userId: string; isOperator: boolean },
  roundId: string,
): Promise<RoundView> {
  const db = ctx.database.db;
  const agg = await loadRound(db, roundId);
  const principal: Principal = {
    userId: user.userId,
    isOperator: user.isOperator,
    isProcessConvener: await processRepo.isProcessConvener(db, agg.round.processId, user.userId),
    seats: await roundRepo.seatsIn(db, roundId, user.userId),
    actorIds: await userRepo.focalActorIds(db, user.userId),
    inProcess: true,
  };
  return presentRound(agg, principal, ctx.ports.clock.now());
}
