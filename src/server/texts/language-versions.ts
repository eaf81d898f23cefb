import { DomainError, notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { LanguageVersionView } from '../../core/texts/language-schemas.ts';
import {
  indexText,
  numberProvisions,
  presentSegment,
  renderTokens,
  tokensOf,
  type NegotiatingText,
  type TextViewer,
  type TranslationFlag,
} from '../../core/texts/index.ts';
import { flagsAfterRevision, type VersionsState } from '../../core/texts/translations.ts';
import { textLanguageRepo, textRepo, type Tx } from '../../db/index.ts';
import { announce } from '../kernel/notices.ts';
import type { LanguageEntry, VersionState } from '../../db/texts/text-languages.ts';
import type { TextRow } from '../../db/texts/texts.ts';
import { changeOpenText } from './text-changes.ts';

// Language versions of a negotiating text: load the log, decide in the core, append and record in
// one transaction (the text row locked, so that entries of one text never interleave).

type StateEntry = Extract<LanguageEntry, { state: VersionState }>;

interface Versions {
  state: VersionsState;
  /** Each language's latest state, in the order the languages were added. */
  latest: Map<string, StateEntry>;
}

/** The versions and their flags as they stood at the end of revision `upTo`. */
export async function versionsAt(db: Tx, doc: TextRow, upTo: number): Promise<Versions> {
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

export async function currentRevision(tx: Tx, doc: TextRow) {
  const rev = await textRepo.findRevision(tx, doc.id, doc.currentRevision);
  if (!rev) throw notFound('Revision');
  return rev;
}

export function refuseOwnLanguage(doc: TextRow, language: string) {
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
export const entryBase = (c: Change, language: string, seq: number) => ({
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
 * A change to a text's language versions, under the text's lock, announced once committed to
 * every reader: each reader's language panel shows the versions and their flags.
 */
export async function changeVersions(...args: Parameters<typeof changeOpenText>): Promise<void> {
  await changeOpenText(...args);
  const [ctx, , textId] = args;
  await announce(ctx, {
    type: 'text',
    textId,
    change: 'language',
    audience: { kind: 'readers' },
  });
}

export function presentVersion(
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
