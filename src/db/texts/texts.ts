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
import {
  documentAdoptions,
  documentProposals,
  documentRevisions,
  documentStances,
  documents,
} from '../schema.ts';

export interface DocumentRow {
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

const toDocument = (row: typeof documents.$inferSelect): DocumentRow => ({
  ...row,
  kind: row.kind as TextKind,
  settings: row.settings as TextSettings,
});

export async function findDocument(db: Tx, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row ? toDocument(row) : undefined;
}

/** Locks the document row for the rest of the transaction: revisions, stances and signatures serialize. */
export async function lockDocument(db: Tx, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id)).for('update');
  return row ? toDocument(row) : undefined;
}

export async function documentsOf(db: Tx, roundId: string): Promise<DocumentRow[]> {
  const rows = await db
    .select()
    .from(documents)
    .where(eq(documents.roundId, roundId))
    .orderBy(asc(documents.createdAt), asc(documents.id));
  return rows.map(toDocument);
}

export async function insertDocument(db: Tx, doc: DocumentRow): Promise<void> {
  await db.insert(documents).values(doc);
}

export async function setCurrentRevision(db: Tx, id: string, number: number): Promise<void> {
  await db.update(documents).set({ currentRevision: number }).where(eq(documents.id, id));
}

const toRevision = (row: typeof documentRevisions.$inferSelect): StoredRevision => ({
  documentId: row.documentId,
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
  await db.insert(documentRevisions).values({
    documentId: revision.documentId,
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
  documentId: string,
  number: number,
): Promise<StoredRevision | undefined> {
  const [row] = await db
    .select()
    .from(documentRevisions)
    .where(and(eq(documentRevisions.documentId, documentId), eq(documentRevisions.number, number)));
  return row ? toRevision(row) : undefined;
}

/** Every document's current revision in a round, in one query. */
export async function currentRevisionsOf(db: Tx, roundId: string): Promise<StoredRevision[]> {
  const rows = await db
    .select(getTableColumns(documentRevisions))
    .from(documentRevisions)
    .innerJoin(
      documents,
      and(
        eq(documents.id, documentRevisions.documentId),
        eq(documents.currentRevision, documentRevisions.number),
      ),
    )
    .where(eq(documents.roundId, roundId));
  return rows.map(toRevision);
}

export type RevisionEntry = Pick<
  StoredRevision,
  'number' | 'label' | 'proposalIds' | 'issuedBy' | 'issuedAt' | 'hash'
>;

/** Every revision's metadata, oldest first (the snapshots stay in the database). */
export async function revisionList(db: Tx, documentId: string): Promise<RevisionEntry[]> {
  return db
    .select({
      number: documentRevisions.number,
      label: documentRevisions.label,
      proposalIds: documentRevisions.proposalIds,
      issuedBy: documentRevisions.issuedBy,
      issuedAt: documentRevisions.issuedAt,
      hash: documentRevisions.hash,
    })
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, documentId))
    .orderBy(asc(documentRevisions.number));
}

const toProposal = (row: typeof documentProposals.$inferSelect): StoredProposal => ({
  id: row.id,
  documentId: row.documentId,
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
  await db.insert(documentProposals).values({
    ...p,
    operation: p.operation as unknown as Record<string, unknown>,
  });
}

export async function proposalsOf(db: Tx, documentId: string): Promise<StoredProposal[]> {
  const rows = await db
    .select()
    .from(documentProposals)
    .where(eq(documentProposals.documentId, documentId))
    .orderBy(asc(documentProposals.submittedAt), asc(documentProposals.id));
  return rows.map(toProposal);
}

export async function findProposal(db: Tx, id: string): Promise<StoredProposal | undefined> {
  const [row] = await db.select().from(documentProposals).where(eq(documentProposals.id, id));
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
  await db.update(documentProposals).set(closure).where(eq(documentProposals.id, id));
}

export async function markTakenIn(db: Tx, ids: readonly string[], revision: number) {
  for (const id of ids) {
    await db
      .update(documentProposals)
      .set({ takenInRevision: revision })
      .where(eq(documentProposals.id, id));
  }
}

const toStance = (r: typeof documentStances.$inferSelect): ProvisionStance => ({
  documentId: r.documentId,
  provisionId: r.provisionId,
  participantId: r.participantId,
  stance: r.stance as TextStance,
  comment: r.comment,
  revision: r.revision,
  updatedAt: r.updatedAt,
});

export async function stancesOf(db: Tx, documentId: string): Promise<ProvisionStance[]> {
  const rows = await db
    .select()
    .from(documentStances)
    .where(eq(documentStances.documentId, documentId))
    .orderBy(asc(documentStances.updatedAt));
  return rows.map(toStance);
}

/** Every stance on every document of a round, in one query. */
export async function stancesOfRound(db: Tx, roundId: string): Promise<ProvisionStance[]> {
  const rows = await db
    .select(getTableColumns(documentStances))
    .from(documentStances)
    .innerJoin(documents, eq(documents.id, documentStances.documentId))
    .where(eq(documents.roundId, roundId))
    .orderBy(asc(documentStances.updatedAt));
  return rows.map(toStance);
}

export async function putStance(db: Tx, s: ProvisionStance, updatedBy: string | null) {
  await db
    .insert(documentStances)
    .values({ ...s, updatedBy })
    .onConflictDoUpdate({
      target: [
        documentStances.documentId,
        documentStances.provisionId,
        documentStances.participantId,
      ],
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
      .update(documentStances)
      .set({ revision: s.revision })
      .where(
        and(
          eq(documentStances.documentId, s.documentId),
          eq(documentStances.provisionId, s.provisionId),
          eq(documentStances.participantId, s.participantId),
        ),
      );
  }
}

export interface StoredAdoption extends Adoption {
  openedBy: string;
  openedAt: Date;
}

export async function findAdoption(
  db: Tx,
  documentId: string,
): Promise<StoredAdoption | undefined> {
  const [row] = await db
    .select()
    .from(documentAdoptions)
    .where(eq(documentAdoptions.documentId, documentId));
  return row ? toAdoption(row) : undefined;
}

const toAdoption = (row: typeof documentAdoptions.$inferSelect): StoredAdoption => ({
  ...row,
  signatures: row.signatures.map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
});

/** Every adoption opened on a document of a round, in one query. */
export async function adoptionsOfRound(db: Tx, roundId: string): Promise<StoredAdoption[]> {
  const rows = await db
    .select(getTableColumns(documentAdoptions))
    .from(documentAdoptions)
    .innerJoin(documents, eq(documents.id, documentAdoptions.documentId))
    .where(eq(documents.roundId, roundId));
  return rows.map(toAdoption);
}

export async function saveAdoption(db: Tx, a: StoredAdoption): Promise<void> {
  const row = {
    documentId: a.documentId,
    revision: a.revision,
    hash: a.hash,
    signatories: [...a.signatories],
    signatures: a.signatures.map((s) => ({ ...s, signedAt: s.signedAt.toISOString() })),
    openedBy: a.openedBy,
    openedAt: a.openedAt,
    adoptedAt: a.adoptedAt,
  };
  await db
    .insert(documentAdoptions)
    .values(row)
    .onConflictDoUpdate({
      target: documentAdoptions.documentId,
      set: { signatures: row.signatures, adoptedAt: row.adoptedAt },
    });
}
