import { DomainError, notFound } from '../../core/errors.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit } from '../kernel/unit-of-work.ts';

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
