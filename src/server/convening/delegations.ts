import { DomainError, notFound } from '../../core/errors.ts';
import type { MemberRole } from '../../core/vocabulary.ts';
import { roundRepo, userRepo } from '../../db/index.ts';
import { hashPassword, newToken, tokenHash, verifyPassword } from '../platform/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { openSignIn } from '../platform/index.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

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

async function liveInvite(ctx: AppContext, token: string) {
  const invite = await roundRepo.findMemberInvite(ctx.database.db, tokenHash(token));
  if (!invite || invite.usedAt || invite.expiresAt <= ctx.ports.clock.now()) {
    throw new DomainError('not_found', 'This invitation link is not valid any more.');
  }
  return invite;
}

export async function describeMemberInvite(ctx: AppContext, token: string) {
  const invite = await liveInvite(ctx, token);
  const roundId = await roundRepo.roundIdOf(ctx.database.db, 'participant', invite.participantId);
  const agg = await loadRound(ctx.database.db, roundId ?? '');
  const participant = agg.participants.find((p) => p.id === invite.participantId);
  if (!participant) throw notFound('Delegation');
  return {
    roundTitle: agg.round.title,
    actorName: participant.actor.name,
    role: invite.role as MemberRole,
    email: invite.email,
    displayName: invite.displayName,
    existingAccount: (await userRepo.findUserByEmail(ctx.database.db, invite.email)) !== undefined,
  };
}

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

export async function removeMember(ctx: AppContext, by: string, roundId: string, memberId: string) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const member = await roundRepo.findMember(tx, memberId);
    if (!member) throw notFound('Member');
    if (member.userId === by)
      throw new DomainError(
        'invalid_transition',
        'A head cannot remove themselves; name another head first.',
      );
    await roundRepo.removeMember(tx, memberId, now);
    await record(
      'delegation.removeMember',
      { kind: 'participant', id: member.participantId },
      { memberId, userId: member.userId },
    );
  });
  await announce(ctx, { type: 'round', roundId });
}
