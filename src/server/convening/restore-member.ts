import { checkRestorable } from '../../core/convening/members.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit } from '../kernel/unit-of-work.ts';

/**
 * Takes back a removal within its minute: the same membership comes back, with its role and
 * history, rather than a new one the member would have to accept by link.
 */
export async function restoreMember(
  ctx: AppContext,
  by: string,
  roundId: string,
  memberId: string,
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const member = await roundRepo.findRemovedMember(tx, memberId);
    if (!member) throw notFound('Member');
    checkRestorable(member.removedAt, now);
    if (await roundRepo.isMemberOf(tx, member.participantId, member.userId)) {
      throw new DomainError('already_exists', 'This person is in the delegation again already.');
    }
    await roundRepo.restoreMember(tx, memberId);
    await record(
      'delegation.restoreMember',
      { kind: 'participant', id: member.participantId },
      { memberId, userId: member.userId },
    );
  });
  await announce(ctx, { type: 'round', roundId });
}
