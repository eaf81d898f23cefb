import { DomainError } from '../../core/errors.ts';
import type { MemberRole } from '../../core/vocabulary.ts';
import { roundRepo, userRepo } from '../../db/index.ts';
import { hashPassword, verifyPassword } from '../platform/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { disabledAccount, openSignIn } from '../platform/index.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { liveInvite } from './member-invites.ts';

/** Creates the account (or, for an existing account, asks for its password) and seats it in the delegation. */
export async function acceptMemberInvite(
  ctx: AppContext,
  token: string,
  input: { displayName: string; password: string },
  userAgent: string | null,
) {
  const invite = await liveInvite(ctx, token);
  const existing = await userRepo.findUserByEmail(ctx.database.db, invite.email);
  const passwordHash = existing ? null : await hashPassword(input.password);
  if (existing) {
    if (!(await verifyPassword(existing.passwordHash, input.password))) {
      throw new DomainError(
        'invalid_credentials',
        'This email already has an account: enter its password.',
      );
    }
    if (existing.disabledAt !== null) throw disabledAccount();
  }
  const roundId =
    (await roundRepo.roundIdOf(ctx.database.db, 'participant', invite.participantId)) ?? null;
  const user = await commit(ctx, existing?.id ?? null, roundId, async (tx, record, now) => {
    if (!(await roundRepo.markMemberInviteUsed(tx, invite.tokenHash, now))) {
      throw new DomainError('not_found', 'This invitation link is not valid any more.');
    }
    const id = existing?.id ?? ctx.ports.ids.next();
    if (!existing) {
      await userRepo.insertUser(tx, {
        id,
        email: invite.email,
        displayName: input.displayName,
        passwordHash: passwordHash!,
        isOperator: false,
        createdAt: now,
      });
    }
    const memberId = ctx.ports.ids.next();
    await roundRepo.insertMember(tx, {
      id: memberId,
      participantId: invite.participantId,
      userId: id,
      role: invite.role as MemberRole,
      addedAt: now,
    });
    await record(
      'delegation.addMember',
      { kind: 'participant', id: invite.participantId },
      { memberId, userId: id, role: invite.role },
    );
    return {
      id,
      email: invite.email,
      displayName: existing?.displayName ?? input.displayName,
      isOperator: existing?.isOperator ?? false,
    };
  });
  if (roundId) await announce(ctx, { type: 'round', roundId });
  return openSignIn(ctx, user, userAgent);
}
