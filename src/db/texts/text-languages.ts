import { and, asc, between, desc, eq, inArray, lte } from 'drizzle-orm';
import type { TranslationFlag } from '../../core/texts/languages.ts';
import type { NegotiatingText } from '../../core/texts/types.ts';
import type { VersionStatus } from '../../core/texts/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { textLanguageEntries as entries, textRevisions } from '../schema.ts';

/** A version's whole state, as a wording or status entry leaves it. */
export interface VersionState {
  revision: number;
  status: VersionStatus;
  title: string;
  text: NegotiatingText;
  hash: string;
}

interface EntryBase {
  textId: string;
  seq: number;
  language: string;
  atRevision: number;
  flags: readonly TranslationFlag[];
  byParticipant: string;
  byUser: string;
  at: Date;
}
export type LanguageEntry =
  | (EntryBase & { kind: 'wording' | 'status'; state: VersionState })
  | (EntryBase & { kind: 'review'; provisionIds: readonly string[] });

/** An entry without its text and flags: enough to find which entries a view needs. */
export type EntryHead = Pick<LanguageEntry, 'seq' | 'language' | 'kind' | 'atRevision'>;

export async function insertEntry(db: Tx, e: LanguageEntry): Promise<void> {
  await db.insert(entries).values({
    textId: e.textId,
    seq: e.seq,
    language: e.language,
    kind: e.kind,
    atRevision: e.atRevision,
    flags: e.flags.map((f) => ({ ...f })),
    byParticipant: e.byParticipant,
    byUser: e.byUser,
    at: e.at,
    ...(e.kind === 'review'
      ? { provisionIds: [...e.provisionIds] }
      : {
          revision: e.state.revision,
          status: e.state.status,
          title: e.state.title,
          text: e.state.text as unknown as Record<string, unknown>,
          hash: e.state.hash,
        }),
  });
}

/** The log up to the end of revision `upTo` (entries written while it was current), oldest first. */
export async function entryHeads(db: Tx, textId: string, upTo: number): Promise<EntryHead[]> {
  return db
    .select({
      seq: entries.seq,
      language: entries.language,
      kind: entries.kind,
      atRevision: entries.atRevision,
    })
    .from(entries)
    .where(and(eq(entries.textId, textId), lte(entries.atRevision, upTo)))
    .orderBy(asc(entries.seq));
}

export async function lastSeq(db: Tx, textId: string): Promise<number> {
  const [row] = await db
    .select({ seq: entries.seq })
    .from(entries)
    .where(eq(entries.textId, textId))
    .orderBy(desc(entries.seq))
    .limit(1);
  return row?.seq ?? 0;
}

const toEntry = (row: typeof entries.$inferSelect): LanguageEntry => {
  const base: EntryBase = {
    textId: row.textId,
    seq: row.seq,
    language: row.language,
    atRevision: row.atRevision,
    flags: row.flags,
    byParticipant: row.byParticipant,
    byUser: row.byUser,
    at: row.at,
  };
  if (row.kind === 'review')
    return { ...base, kind: 'review', provisionIds: row.provisionIds ?? [] };
  return {
    ...base,
    kind: row.kind,
    state: {
      revision: row.revision!,
      status: row.status as VersionStatus,
      title: row.title!,
      text: row.text as unknown as NegotiatingText,
      hash: row.hash!,
    },
  };
};

export async function entriesAt(
  db: Tx,
  textId: string,
  seqs: readonly number[],
): Promise<LanguageEntry[]> {
  if (seqs.length === 0) return [];
  const rows = await db
    .select()
    .from(entries)
    .where(and(eq(entries.textId, textId), inArray(entries.seq, [...seqs])))
    .orderBy(asc(entries.seq));
  return rows.map(toEntry);
}

/** The texts of revisions `from`…`to`, oldest first. */
export async function revisionTexts(
  db: Tx,
  textId: string,
  from: number,
  to: number,
): Promise<{ number: number; text: NegotiatingText }[]> {
  if (to < from) return [];
  const rows = await db
    .select({ number: textRevisions.number, text: textRevisions.text })
    .from(textRevisions)
    .where(and(eq(textRevisions.textId, textId), between(textRevisions.number, from, to)))
    .orderBy(asc(textRevisions.number));
  return rows.map((r) => ({ number: r.number, text: r.text as unknown as NegotiatingText }));
}
