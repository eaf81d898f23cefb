import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { namedUserAgent } from './user-agents.ts';

/** The user's live sign-ins, the one asking marked as current. */
export async function signInsOf(ctx: AppContext, auth: { userId: string; signInId: string }) {
  const rows = await userRepo.listLiveSignIns(ctx.database.db, auth.userId);
  return {
    signIns: rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      userAgent: s.userAgent,
      ...namedUserAgent(s.userAgent),
      current: s.id === auth.signInId,
    })),
  };
}
