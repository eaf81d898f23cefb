import { notFound } from '../../core/errors.ts';
import { processRepo, roundRepo, textRepo } from '../../db/index.ts';
import { ownerFrom, type ScopeFinders } from '../http/scopes.ts';

export const textsScopes: ScopeFinders = {
  text: async (ctx, id, req, scope) => {
    const db = ctx.database.db;
    const doc = await textRepo.findText(db, id);
    const shape = doc ? await roundRepo.roundShape(db, doc.roundId) : undefined;
    if (!doc || !shape) throw notFound('Text');
    const round = await processRepo.findRound(db, doc.roundId);
    const resource = {
      penholders: doc.settings.penholders,
      mediatorTeamIds: shape.mediatorTeam,
    };
    return {
      roundId: doc.roundId,
      processId: round?.processId ?? null,
      resource: { ...resource, ...ownerFrom(req, scope) },
      what: 'Text',
      seenWith: { action: 'text.read', resource },
    };
  },
};
