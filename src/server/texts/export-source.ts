import { roundRepo, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { textOf, revisionOf } from './text-loading.ts';

/** Everything an export of a revision needs. */
export async function exportSource(
  ctx: AppContext,
  textId: string,
  number: number,
  against: number | null,
) {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const rev = await revisionOf(db, textId, number);
  const older = against === null ? null : await revisionOf(db, textId, against);
  const adoption = await textRepo.findAdoption(db, textId);
  const shape = await roundRepo.roundShape(db, doc.roundId);
  return {
    doc,
    rev,
    older,
    adopted: adoption?.adoptedAt && adoption.revision === number ? adoption : null,
    participantNames: new Map((shape?.participants ?? []).map((p) => [p.id, p.name])),
  };
}
