import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { Operation } from '../../core/texts/operations.ts';
import type { Proposal } from '../../core/texts/proposals.ts';
import type { Adoption } from '../../core/texts/adoption.ts';
import type {
  NegotiatingText,
  ProvisionStance,
  Revision,
  TextSettings,
} from '../../core/texts/types.ts';
import type { ProposalClosure, TextKind, TextStance } from '../../core/texts/vocabulary.ts';
import type { Tx } from '../connection.ts';
import { textAdoptions, textProposals, textRevisions, textStances, texts } from '../schema.ts';

export interface TextRow {
  id: string;
  roundId: string;
  title: string;
  kind: TextKind;
  language: string;
  settings: TextSettings;
  currentRevision: number;
  createdBy: string;
  createdAt: Date;
}

/** A stored proposal: the core's proposal plus who sent it and how it ended (taken in or closed). */
export interface StoredProposal extends Proposal {
  submittedBy: string;
  submittedAt: Date;
  takenInRevision: number | null;
  closedAs: ProposalClosure | null;
  closedAt: Date | null;
  /** User id of whoever withdrew or declined it. */
  closedBy: string | null;
  declineReason: string | null;
}

/** A stored revision and the SHA-256 of its canonical text. */
export type StoredRevision = Revision & { hash: string };

const toText = (row: typeof texts.$inferSelect): TextRow => ({
  ...row,
  kind: row.kind as TextKind,
  settings: row.settings as TextSettings,
});

export async function findText(db: Tx, id: string): Promise<TextRow | undefined> {
  const [row] = await db.select().from(texts).where(eq(texts.id, id));
  return row ? toText(row) : undefined;
}

/** Locks the text row for the rest of the transaction: revisions, stances and signatures serialize. */
export async function lockText(db: Tx, id: string): Promise<TextRow | undefined> {
  const [row] = await db.select().from(texts).where(eq(texts.id, id)).for('update');
  return row ? toText(row) : undefined;
}

export async function textsOf(db: Tx, roundId: string): Promise<TextRow[]> {
  const rows = await db
    .select()
    .from(texts)
    .where(eq(texts.roundId, roundId))
    .orderBy(asc(texts.createdAt), asc(texts.id));
  return rows.map(toText);
}

export async function insertText(db: Tx, doc: TextRow): Promise<void> {
  await db.insert(texts).values(doc);
}

export async function setCurrentRevision(db: Tx, id: string, number: number): Promise<void> {
  await db.update(texts).set({ currentRevision: number }).where(eq(texts.id, id));
}

const toRevision = (row: typeof textRevisions.$inferSelect): StoredRevision => ({
  textId: row.textId,
  number: row.number,
  label: row.label,
  text: row.text as unknown as NegotiatingText,
  proposalIds: row.proposalIds,
  cleanings: row.cleanings,
  issuedBy: row.issuedBy,
  issuedAt: row.issuedAt,
  hash: row.hash,
});

export async function insertRevision(db: Tx, revision: Revision, hash: string): Promise<void> {
  await db.insert(textRevisions).values({
    textId: revision.textId,
    number: revision.number,
    label: revision.label,
    text: revision.text as unknown as Record<string, unknown>,
    proposalIds: [...revision.proposalIds],
    cleanings: revision.cleanings.map((c) => ({ ...c })),
    issuedBy: revision.issuedBy,
    issuedAt: revision.issuedAt,
    hash,
  });
}

export async function findRevision(
  db: Tx,
  textId: string,
  number: number,
): Promise<StoredRevision | undefined> {
  const [row] = await db
    .select()
    .from(textRevisions)
    .where(and(eq(textRevisions.textId, textId), eq(textRevisions.number, number)));
  return row ? toRevision(row) : undefined;
}

/** Every text's current revision in a round, in one query. */
export async function currentRevisionsOf(db: Tx, roundId: string): Promise<StoredRevision[]> {
  const rows = await db
    .select(getTableColumns(textRevisions))
    .from(textRevisions)
    .innerJoin(
      texts,
      and(eq(texts.id, textRevisions.textId), eq(texts.currentRevision, textRevisions.number)),
    )
    .where(eq(texts.roundId, roundId));
  return rows.map(toRevision);
}

export type RevisionEntry = Pick<
  StoredRevision,
  'number' | 'label' | 'proposalIds' | 'issuedBy' | 'issuedAt' | 'hash'
>;

/** Every revision's metadata, oldest first (the snapshots stay in the database). */
export async function revisionList(db: Tx, textId: string): Promise<RevisionEntry[]> {
  return db
    .select({
      number: textRevisions.number,
      label: textRevisions.label,
      proposalIds: textRevisions.proposalIds,
      issuedBy: textRevisions.issuedBy,
      issuedAt: textRevisions.issuedAt,
      hash: textRevisions.hash,
    })
    .from(textRevisions)
    .where(eq(textRevisions.textId, textId))
    .orderBy(asc(textRevisions.number));
}

const toProposal = (row: typeof textProposals.$inferSelect): StoredProposal => ({
  id: row.id,
  textId: row.textId,
  proposerId: row.proposerId,
  basedOnRevision: row.basedOnRevision,
  operation: row.operation as unknown as Operation,
  rationale: row.rationale,
  submittedBy: row.submittedBy,
  submittedAt: row.submittedAt,
  takenInRevision: row.takenInRevision,
  closedAs: row.closedAs as ProposalClosure | null,
  closedAt: row.closedAt,
  closedBy: row.closedBy,
  declineReason: row.declineReason,
});

export async function insertProposal(db: Tx, p: StoredProposal): Promise<void> {
  await db.insert(textProposals).values({
    ...p,
    operation: p.operation as unknown as Record<string, unknown>,
  });
}

export async function proposalsOf(db: Tx, textId: string): Promise<StoredProposal[]> {
  const rows = await db
    .select()
    .from(textProposals)
    .where(eq(textProposals.textId, textId))
    .orderBy(asc(textProposals.submittedAt), asc(textProposals.id));
  return rows.map(toProposal);
}

export async function findProposal(db: Tx, id: string): Promise<StoredProposal | undefined> {
  const [row] = await db.select().from(textProposals).where(eq(textProposals.id, id));
  return row ? toProposal(row) : undefined;
}

export async function closeProposal(
  db: Tx,
  id: string,
  closure: {
    closedAs: ProposalClosure;
    closedAt: Date;
    closedBy: string;
    declineReason: string | null;
  },
): Promise<void> {
  await db.update(textProposals).set(closure).where(eq(textProposals.id, id));
}

export async function markTakenIn(db: Tx, ids: readonly string[], revision: number) {
  for (const id of ids) {
    await db
      .update(textProposals)
      .set({ takenInRevision: revision })
      .where(eq(textProposals.id, id));
  }
}

const toStance = (r: typeof textStances.$inferSelect): ProvisionStance => ({
  textId: r.textId,
  provisionId: r.provisionId,
  participantId: r.participantId,
  stance: r.stance as TextStance,
  comment: r.comment,
  revision: r.revision,
  updatedAt: r.updatedAt,
});

export async function stancesOf(db: Tx, textId: string): Promise<ProvisionStance[]> {
  const rows = await db
    .select()
    .from(textStances)
    .where(eq(textStances.textId, textId))
    .orderBy(asc(textStances.updatedAt));
  return rows.map(toStance);
}

/** Every stance on every text of a round, in one query. */
export async function stancesOfRound(db: Tx, roundId: string): Promise<ProvisionStance[]> {
  const rows = await db
    .select(getTableColumns(textStances))
    .from(textStances)
    .innerJoin(texts, eq(texts.id, textStances.textId))
    .where(eq(texts.roundId, roundId))
    .orderBy(asc(textStances.updatedAt));
  return rows.map(toStance);
}

export async function putStance(db: Tx, s: ProvisionStance, updatedBy: string | null) {
  await db
    .insert(textStances)
    .values({ ...s, updatedBy })
    .onConflictDoUpdate({
      target: [textStances.textId, textStances.provisionId, textStances.participantId],
      set: {
        stance: s.stance,
        comment: s.comment,
        revision: s.revision,
        updatedBy,
        updatedAt: s.updatedAt,
      },
    });
}

/** Moves carried-over stances to the new revision (see the core's `carryOverStances`). */
export async function carryStances(db: Tx, stances: readonly ProvisionStance[]) {
  for (const s of stances) {
    await db
      .update(textStances)
      .set({ revision: s.revision })
      .where(
        and(
          eq(textStances.textId, s.textId),
          eq(textStances.provisionId, s.provisionId),
          eq(textStances.participantId, s.participantId),
        ),
      );
  }
}

export interface StoredAdoption extends Adoption {
  openedBy: string;
  openedAt: Date;
}

export async function findAdoption(db: Tx, textId: string): Promise<StoredAdoption | undefined> {
  const [row] = await db.select().from(textAdoptions).where(eq(textAdoptions.textId, textId));
  return row ? toAdoption(row) : undefined;
}

const toAdoption = (row: typeof textAdoptions.$inferSelect): StoredAdoption => ({
  ...row,
  signatures: row.signatures.map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
});

/** Every adoption opened on a text of a round, in one query. */
export async function adoptionsOfRound(db: Tx, roundId: string): Promise<StoredAdoption[]> {
  const rows = await db
    .select(getTableColumns(textAdoptions))
    .from(textAdoptions)
    .innerJoin(texts, eq(texts.id, textAdoptions.textId))
    .where(eq(texts.roundId, roundId));
  return rows.map(toAdoption);
}

export async function saveAdoption(db: Tx, a: StoredAdoption): Promise<void> {
  const row = {
    textId: a.textId,
    revision: a.revision,
    hash: a.hash,
    signatories: [...a.signatories],
    signatures: a.signatures.map((s) => ({ ...s, signedAt: s.signedAt.toISOString() })),
    openedBy: a.openedBy,
    openedAt: a.openedAt,
    adoptedAt: a.adoptedAt,
  };
  await db
    .insert(textAdoptions)
    .values(row)
    .onConflictDoUpdate({
      target: textAdoptions.textId,
      set: { signatures: row.signatures, adoptedAt: row.adoptedAt },
    });
}
