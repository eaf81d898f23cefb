import { DomainError, notFound } from '../../core/errors.ts';
import { can, type Principal } from '../../core/policy/index.ts';
import type {
  LanguageVersionView,
  LanguageVersionsView,
  ReviewTranslationCommand,
  SetLanguageVersionCommand,
  SetVersionStatusCommand,
} from '../../core/texts/language-schemas.ts';
import {
  indexText,
  numberProvisions,
  presentSegment,
  renderTokens,
  textHash,
  tokensOf,
  type NegotiatingText,
  type TextViewer,
  type TranslationFlag,
} from '../../core/texts/index.ts';
import {
  buildTranslation,
  flagsAfterReview,
  flagsAfterRevision,
  flagsAfterWording,
  type VersionsState,
} from '../../core/texts/translations.ts';
import { roundRepo, sha256, textLanguageRepo, textRepo, type Tx } from '../../db/index.ts';
import { announce } from '../kernel/notices.ts';
import type { LanguageEntry, VersionState } from '../../db/texts/text-languages.ts';
import type { TextRow } from '../../db/texts/texts.ts';
import type { AppContext } from '../kernel/context.ts';
import { changeOpenText } from './texts.ts';
import { penholderSeat, type Shape } from './text-loading.ts';
import { readerOf } from './text-views.ts';

// Language versions of a negotiating text: load the log, decide in the core, append and record in
// one transaction (the document row locked, so that entries of one text never interleave).

type StateEntry = Extract<LanguageEntry, { state: VersionState }>;

interface Versions {
  state: VersionsState;
  /** Each language's latest state, in the order the languages were added. */
  latest: Map<string, StateEntry>;
}

/** The versions and their flags as they stood at the end of revision `upTo`. */
async function versionsAt(db: Tx, doc: TextRow, upTo: number): Promise<Versions> {
  const heads = await textLanguageRepo.entryHeads(db, doc.id, upTo);
  const last = heads.at(-1);
  const latestSeq = new Map<string, number>();
  for (const h of heads) if (h.kind !== 'review') latestSeq.set(h.language, h.seq);
  const wanted = new Set([...latestSeq.values(), ...(last ? [last.seq] : [])]);
  const loaded = new Map(
    (await textLanguageRepo.entriesAt(db, doc.id, [...wanted])).map((e) => [e.seq, e]),
  );
  const latest = new Map(
    [...latestSeq].map(([language, seq]) => [language, loaded.get(seq) as StateEntry]),
  );
  const versions = new Map(
    [...latest].map(([language, e]) => [language, { status: e.state.status, text: e.state.text }]),
  );
  let flags: readonly TranslationFlag[] = last ? loaded.get(last.seq)!.flags : [];
  // Revisions issued after the last entry flag what they changed.
  if (last && versions.size > 0 && upTo > last.atRevision) {
    const revisions = await textLanguageRepo.revisionTexts(db, doc.id, last.atRevision, upTo);
    for (let i = 1; i < revisions.length; i++) {
      flags = flagsAfterRevision(
        { original: doc.language, versions, flags },
        revisions[i - 1]!.text,
        revisions[i]!.text,
      );
    }
  }
  return { state: { original: doc.language, versions, flags }, latest };
}

async function currentRevision(tx: Tx, doc: TextRow) {
  const rev = await textRepo.findRevision(tx, doc.id, doc.currentRevision);
  if (!rev) throw notFound('Revision');
  return rev;
}

function refuseOwnLanguage(doc: TextRow, language: string) {
  if (language === doc.language) {
    throw new DomainError(
      'validation_failed',
      `${doc.language} is the text's own language: it is authentic and changes through revisions.`,
      { language },
    );
  }
}

interface Change {
  now: Date;
  current: TextRow;
  seat: string;
  principal: Principal;
}
const entryBase = (c: Change, language: string, seq: number) => ({
  textId: c.current.id,
  seq,
  language,
  atRevision: c.current.currentRevision,
  byParticipant: c.seat,
  byUser: c.principal.userId,
  at: c.now,
});

/** Adds or updates the wording (and status) of one language version for the current revision. */
/**
 * A change to a text's language versions, under the document's lock, announced once committed to
 * every reader: each reader's language panel shows the versions and their flags.
 */
async function changeVersions(...args: Parameters<typeof changeOpenText>): Promise<void> {
  await changeOpenText(...args);
  const [ctx, , textId] = args;
  await announce(ctx, {
    type: 'text',
    textId,
    change: 'language',
    audience: { kind: 'readers' },
  });
}

export async function setLanguageVersion(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  language: string,
  input: SetLanguageVersionCommand,
): Promise<void> {
  await changeVersions(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    refuseOwnLanguage(current, language);
    if (input.basedOnRevision !== current.currentRevision) {
      throw new DomainError(
        'stale_revision',
        `Language versions are written for the current revision (Rev.${current.currentRevision}).`,
        { revision: input.basedOnRevision, current: current.currentRevision },
      );
    }
    const rev = await currentRevision(tx, current);
    const text = buildTranslation(
      rev.text,
      { language, title: input.title, provisions: input.provisions },
      input.status,
    );
    const { state } = await versionsAt(tx, current, current.currentRevision);
    const flags = flagsAfterWording(state, { language, status: input.status, text });
    const hash = textHash({ ...rev, text }, sha256);
    const seq = (await textLanguageRepo.lastSeq(tx, textId)) + 1;
    await textLanguageRepo.insertEntry(tx, {
      ...entryBase({ now, current, seat, principal }, language, seq),
      kind: 'wording',
      flags,
      state: { revision: rev.number, status: input.status, title: text.title, text, hash },
    });
    // Like a revision, the version enters the record by the hash of its canonical text.
    await record(
      'text.setLanguageVersion',
      { kind: 'text', id: textId },
      {
        language,
        status: input.status,
        revision: rev.number,
        hash,
        added: !state.versions.has(language),
        needsUpdate: flags.length,
      },
    );
  });
}

export async function setVersionStatus(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  language: string,
  input: SetVersionStatusCommand,
): Promise<void> {
  await changeVersions(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    refuseOwnLanguage(current, language);
    const { state, latest } = await versionsAt(tx, current, current.currentRevision);
    const entry = latest.get(language);
    if (!entry) throw notFound('Language version');
    if (entry.state.status === input.status) return;
    const seq = (await textLanguageRepo.lastSeq(tx, textId)) + 1;
    await textLanguageRepo.insertEntry(tx, {
      ...entryBase({ now, current, seat, principal }, language, seq),
      kind: 'status',
      flags: state.flags,
      state: { ...entry.state, status: input.status },
    });
    await record(
      'text.setVersionStatus',
      { kind: 'text', id: textId },
      { language, status: input.status },
    );
  });
}

/** Clears flags on provisions whose wording a penholder checked and found still right. */
export async function reviewTranslation(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  language: string,
  input: ReviewTranslationCommand,
): Promise<void> {
  await changeVersions(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    const { state, latest } = await versionsAt(tx, current, current.currentRevision);
    if (language !== current.language && !latest.has(language)) {
      throw notFound('Language version');
    }
    const flags = flagsAfterReview(state.flags, language, input.provisionIds);
    const seq = (await textLanguageRepo.lastSeq(tx, textId)) + 1;
    await textLanguageRepo.insertEntry(tx, {
      ...entryBase({ now, current, seat, principal }, language, seq),
      kind: 'review',
      flags,
      provisionIds: input.provisionIds,
    });
    await record(
      'text.reviewTranslation',
      { kind: 'text', id: textId },
      { language, provisionIds: input.provisionIds },
    );
  });
}

// ---- view ----

function presentVersion(
  revisionText: NegotiatingText,
  version: { language: string; text: NegotiatingText },
  flags: readonly TranslationFlag[],
  doc: TextRow,
  viewer: TextViewer,
): Pick<LanguageVersionView, 'provisions' | 'needsUpdate'> {
  const own = indexText(version.text.provisions).provisions;
  const flagged = new Map(
    flags.filter((f) => f.language === version.language).map((f) => [f.provisionId, f]),
  );
  const provisions = numberProvisions(revisionText).map(
    ({ provision: p, number, depth, parentId }) => {
      const wording = own.get(p.id)?.provision;
      const flag = flagged.get(p.id);
      return {
        id: p.id,
        parentId,
        depth,
        number,
        part: p.part,
        heading: p.heading,
        text: wording ? renderTokens(tokensOf(wording.content)) : null,
        content: wording
          ? wording.content.map((s) => presentSegment(doc.settings, s, viewer))
          : null,
        // A provision the version has no wording for yet (added by a later revision) needs it.
        needsUpdate: !!flag || !wording,
        changedIn: flag?.sourceLanguage ?? (wording ? null : doc.language),
      };
    },
  );
  return { provisions, needsUpdate: provisions.filter((p) => p.needsUpdate).length };
}

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
