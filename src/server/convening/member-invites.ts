import { DomainError } from '../../core/errors.ts';
import { roundRepo } from '../../db/index.ts';
import { tokenHash } from '../platform/index.ts';
import type { AppContext } from '../kernel/context.ts';

export async function liveInvite(ctx: AppContext, token: string) {
  const invite = await roundRepo.findMemberInvite(ctx.database.db, tokenHash(token));
  if (!invite || invite.usedAt || invite.expiresAt <= ctx.ports.clock.now()) {
    throw new DomainError('not_found', 'This invitation link is not valid any more.');
  }
  return invite;
}
