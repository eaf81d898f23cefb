import { type Principal } from '../../core/policy/index.ts';
import { textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { textOf, shapeOf } from './text-loading.ts';
import { presentProposal, readerOf } from './text-presenters.ts';

/** Proposals the viewer may see: penholders all; a proposer its own; participants those taken in. */
export async function proposalsFor(ctx: AppContext, principal: Principal, textId: string) {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const shape = await shapeOf(db, doc.roundId);
  const reader = readerOf(principal, doc.settings, shape);
  const all = await textRepo.proposalsOf(db, textId);
  const visible = all.filter(
    (p) =>
      reader.penholder ||
      reader.ownSeats.includes(p.proposerId) ||
      (p.takenInRevision !== null && reader.participant),
  );
  return {
    proposals: visible.map((p) =>
      presentProposal(p, doc.currentRevision, doc.settings, {
        ...reader.viewer,
        // Penholders see every proposer; the proposer sees its own (any of its seats).
        privileged: reader.viewer.privileged || reader.penholder,
        participantId: reader.ownSeats.includes(p.proposerId)
          ? p.proposerId
          : reader.viewer.participantId,
      }),
    ),
  };
}
