import type { MemberRole } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import { newToken, tokenHash } from '../platform/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

/** A head adds a member by link: the link is shown once; only its hash is stored. */
export async function createMemberInvite(
  ctx: AppContext,
  by: string,
  roundId: string,
  participantId: string,
  input: { email: string; displayName: string; role: MemberRole },
) {
  const token = newToken();
  const expiresAt = new Date(ctx.ports.clock.now().getTime() + ctx.config.memberInviteTtlMs);
  await commit(ctx, by, roundId, async (tx, record, now) => {
    await roundRepo.insertMemberInvite(tx, {
      tokenHash: tokenHash(token),
      participantId,
      ...input,
      createdBy: by,
      createdAt: now,
      expiresAt,
    });
    await record(
      'delegation.inviteMember',
      { kind: 'participant', id: participantId },
      { role: input.role },
    );
  });
  return { token, path: `/join/${token}`, expiresAt: expiresAt.toISOString() };
}
