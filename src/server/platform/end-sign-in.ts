import { DomainError } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function endSignIn(ctx: AppContext, userId: string, signInId: string): Promise<void> {
  await commit(ctx, userId, null, async (tx, record, now) => {
    if (!(await userRepo.revokeSignIn(tx, userId, signInId, now)))
      throw new DomainError('not_found', 'Session not found');
    await record('auth.endSignIn', { kind: 'user', id: userId }, { signInId });
  });
}
