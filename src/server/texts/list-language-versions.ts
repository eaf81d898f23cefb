import { notFound } from '../../core/errors.ts';
import { can, type Principal } from '../../core/policy/index.ts';
import type {
  LanguageVersionView,
  LanguageVersionsView,
} from '../../core/texts/language-schemas.ts';
import { roundRepo, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { type Shape } from './text-loading.ts';
import { readerOf } from './text-presenters.ts';

import { presentVersion, versionsAt } from './language-versions.ts';

/** Every language version of a revision (default the current one), as the viewer may see it. */
export async function languageVersionsFor(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  revisionNumber?: number,
): Promise<LanguageVersionsView> {
  const db = ctx.database.db;
  const doc = await textRepo.findText(db, textId);
  if (!doc) throw notFound('Text');
  const shape: Shape | undefined = await roundRepo.roundShape(db, doc.roundId);
  if (!shape) throw notFound('Round');
  const number = revisionNumber ?? doc.currentRevision;
  const rev = await textRepo.findRevision(db, textId, number);
  if (!rev) throw notFound('Revision');
  const [{ state, latest }, adoption] = await Promise.all([
    versionsAt(db, doc, number),
    textRepo.findAdoption(db, textId),
  ]);
  const { viewer } = readerOf(principal, doc.settings, shape);
  const original: LanguageVersionView = {
    language: doc.language,
    status: 'authentic',
    original: true,
    title: rev.text.title,
    alignedRevision: rev.number,
    hash: rev.hash,
    updatedAt: rev.issuedAt.toISOString(),
    updatedBy: rev.issuedBy,
    ...presentVersion(
      rev.text,
      { language: doc.language, text: rev.text },
      state.flags,
      doc,
      viewer,
    ),
  };
  const others = [...latest].map(([language, e]): LanguageVersionView => ({
    language,
    status: e.state.status,
    original: false,
    title: e.state.title,
    alignedRevision: e.state.revision,
    hash: e.state.hash,
    updatedAt: e.at.toISOString(),
    updatedBy: e.byParticipant,
    ...presentVersion(rev.text, { language, text: e.state.text }, state.flags, doc, viewer),
  }));
  const mayEdit =
    number === doc.currentRevision &&
    !adoption &&
    can(principal, 'text.setLanguageVersion', {
      kind: 'text',
      penholders: doc.settings.penholders,
      mediatorTeamIds: shape.mediatorTeam,
    });
  return {
    textId,
    revision: number,
    currentRevision: doc.currentRevision,
    versions: [original, ...others],
    viewer: { mayEdit },
  };
}
