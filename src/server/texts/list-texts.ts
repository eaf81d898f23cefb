import { notFound } from '../../core/errors.ts';
import { summarize } from '../../core/texts/index.ts';
import { textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { partiesOf, shapeOf } from './text-loading.ts';

/** Each text with its current revision's label and state: a fixed number of queries per round. */
export async function listTexts(ctx: AppContext, roundId: string) {
  const db = ctx.database.db;
  const [docs, revisions, stances, adoptions, shape] = await Promise.all([
    textRepo.textsOf(db, roundId),
    textRepo.currentRevisionsOf(db, roundId),
    textRepo.stancesOfRound(db, roundId),
    textRepo.adoptionsOfRound(db, roundId),
    shapeOf(db, roundId),
  ]);
  const parties = partiesOf(shape);
  const revisionOfDoc = new Map(revisions.map((r) => [r.textId, r]));
  const adoptionOfDoc = new Map(adoptions.map((a) => [a.textId, a]));
  const stancesOfDoc = Map.groupBy(stances, (s) => s.textId);
  return {
    texts: docs.map((d) => {
      const a = adoptionOfDoc.get(d.id);
      const rev = revisionOfDoc.get(d.id);
      if (!rev) throw notFound('Revision');
      return {
        id: d.id,
        title: d.title,
        kind: d.kind,
        language: d.language,
        currentRevision: d.currentRevision,
        revisionLabel: rev.label,
        state: summarize(rev, stancesOfDoc.get(d.id) ?? [], parties).state,
        adopted: !!a?.adoptedAt,
        adoptedHash: a?.adoptedAt ? a.hash : null,
      };
    }),
  };
}
