import { notFound } from '../../core/errors.ts';
import { type Tx } from '../../db/index.ts';
import { loadRound } from '../kernel/unit-of-work.ts';

export async function findInvitation(tx: Tx, roundId: string, invitationId: string) {
  const agg = await loadRound(tx, roundId);
  const invitation = agg.invitations.find((i) => i.id === invitationId);
  if (!invitation) throw notFound('Invitation');
  return invitation;
}
