import { withdraw } from '../../core/convening/invitations.ts';
import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { findInvitation } from './invitations.ts';

export async function withdrawInvitation(
  ctx: AppContext,
  by: string,
  roundId: string,
  invitationId: string,
) {
  await commit(ctx, by, roundId, async (tx, record, now) => {
    const withdrawn = withdraw(await findInvitation(tx, roundId, invitationId), now);
    await roundRepo.saveInvitation(tx, withdrawn, {});
    await record('invitation.withdraw', { kind: 'invitation', id: invitationId }, {});
  });
}
