import { DomainError, invalidTransition, notFound } from '../../core/errors.ts';
import { can, isPenholder, type Action, type Principal } from '../../core/policy/index.ts';
import { confidential } from '../../core/record/chain.ts';
import type {
  CreateDocumentCommand,
  DeclineProposalCommand,
  DocumentView,
  OpenAdoptionCommand,
  ProposalView,
  ProposeCommand,
  RedlineView,
  SetTextStanceCommand,
  SignTextCommand,
  IssueRevisionCommand,
  WithdrawProposalCommand,
} from '../../core/schemas/texts.ts';
import {
  canonicalText,
  carryOverStances,
  checkOpen,
  checkProposal,
  closeProposal,
  createText,
  firstRevision,
  nextRevision,
  openAdoption,
  presentProvisions,
  proposalStatus,
  presentRedline,
  redline,
  setStance,
  sign,
  summarize,
  textHash,
  visibleProposer,
  type Penholders,
  type ProvisionStance,
  type TextAudience,
  type TextChange,
  type TextReader,
  type TextSummary,
  type TextSettings,
  type TextViewer,
} from '../../core/texts/index.ts';
import { processRepo, roundRepo, sha256, textRepo, type Tx } from '../../db/index.ts';
import type { DocumentRow, StoredAdoption, StoredProposal } from '../../db/repos/texts.ts';
import { loadPrincipal } from '../cached-reads.ts';
import type { AppContext } from '../context.ts';
import { announce } from '../live/notices.ts';
import { commit, type Recorder } from './unit-of-work.ts';

// Negotiating texts (issue 4): load, decide in the core, save and record in one transaction.

export type Shape = NonNullable<Awaited<ReturnType<typeof roundRepo.roundShape>>>;

async function shapeOf(db: Tx, roundId: string): Promise<Shape> {
  const shape = await roundRepo.roundShape(db, roundId);
  if (!shape) throw notFound('Round');
  return shape;
}

const partiesOf = (shape: Shape) =>
  shape.participants.filter((p) => p.capacity === 'party').map((p) => p.id);

async function documentOf(db: Tx, id: string, lock = false): Promise<DocumentRow> {
  const doc = lock ? await textRepo.lockDocument(db, id) : await textRepo.findDocument(db, id);
  if (!doc) throw notFound('Document');
  return doc;
}

async function revisionOf(db: Tx, documentId: string, number: number) {
  const rev = await textRepo.findRevision(db, documentId, number);
  if (!rev) throw notFound('Revision');
  return rev;
}

/** The seat from which the principal holds the pen under this setting. */
export function penholderSeat(principal: Principal, penholders: Penholders, shape: Shape): string {
  const seat = principal.seats.find((s) =>
    isPenholder({ ...principal, seats: [s] }, { penholders, mediatorTeamIds: shape.mediatorTeam }),
  );
  if (!seat) {
    throw new DomainError(
      'forbidden',
      penholders === 'conveners'
        ? 'Only the conveners (the head or deputy of a sponsor or mediator delegation) hold the pen of this text.'
        : 'Only the mediator team (the head or deputy of a delegation in it) holds the pen of this text.',
    );
  }
  return seat.participantId;
}

const documentResource = (doc: DocumentRow, shape: Shape, ownerParticipantId?: string) => ({
  kind: 'document' as const,
  penholders: doc.settings.penholders,
  mediatorTeamIds: shape.mediatorTeam,
  ...(ownerParticipantId ? { ownerParticipantId } : {}),
});

/** Throwaway ids for dry runs of the core (checking a proposal applies). */
const scratchIds = () => {
  let n = 0;
  return () => `scratch-${++n}`;
};

/** Tells the text's live watchers, once committed, of a change that only `audience` may learn of. */
async function announceText(
  ctx: AppContext,
  documentId: string,
  change: TextChange,
  audience: TextAudience = { kind: 'readers' },
) {
  await announce(ctx, { type: 'document', documentId, change, audience });
}

function refuseAfterAdoption(adoption: StoredAdoption | undefined) {
  if (adoption) {
    throw invalidTransition(
      adoption.adoptedAt
        ? 'The text is adopted; it no longer changes.'
        : `Rev.${adoption.revision} is being adopted; the text no longer changes.`,
    );
  }
}

// ---- commands ----

export async function createDocument(
  ctx: AppContext,
  principal: Principal,
  roundId: string,
  input: CreateDocumentCommand,
): Promise<string> {
  return commit(ctx, principal.userId, roundId, async (tx, record, now) => {
    const shape = await shapeOf(tx, roundId);
    const seat = penholderSeat(principal, input.settings.penholders, shape);
    const { label, ...textInput } = input;
    const text = createText(textInput, { roundId, by: seat }, () => ctx.ports.ids.next());
    const rev = firstRevision(text, { label, issuedBy: seat, issuedAt: now });
    const hash = textHash(rev, sha256);
    await textRepo.insertDocument(tx, {
      id: text.id,
      roundId,
      title: text.title,
      kind: text.kind,
      language: text.language,
      settings: text.settings,
      currentRevision: 1,
      createdBy: principal.userId,
      createdAt: now,
    });
    await textRepo.insertRevision(tx, rev, hash);
    // Rev.1 is issued to the round: the record keeps its identity and the hash of its canonical text.
    await record(
      'document.create',
      { kind: 'document', id: text.id },
      {
        title: text.title,
        kind: text.kind,
        language: text.language,
        settings: text.settings,
        revision: 1,
        label: rev.label,
        issuedBy: seat,
        hash,
      },
    );
    return text.id;
  });
}

function proposerSeat(principal: Principal, doc: DocumentRow, shape: Shape): string {
  const party = principal.seats.find(
    (s) => s.capacity === 'party' && ['head', 'deputy', 'spokesperson'].includes(s.role),
  );
  return party?.participantId ?? penholderSeat(principal, doc.settings.penholders, shape);
}

/**
 * Runs a change to a document that is still open: in one transaction, with the document row locked
 * (changes to one text serialize) and refused once its adoption has begun.
 */
export async function changeOpenDocument<T>(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  work: (at: {
    tx: Tx;
    record: Recorder;
    now: Date;
    current: DocumentRow;
    shape: Shape;
  }) => Promise<T>,
): Promise<T> {
  const doc = await documentOf(ctx.database.db, documentId);
  return commit(ctx, principal.userId, doc.roundId, async (tx, record, now) => {
    const current = await documentOf(tx, documentId, true);
    refuseAfterAdoption(await textRepo.findAdoption(tx, documentId));
    return work({ tx, record, now, current, shape: await shapeOf(tx, current.roundId) });
  });
}

export async function propose(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  input: ProposeCommand,
): Promise<ProposalView> {
  const { view, proposerId } = await changeOpenDocument(
    ctx,
    principal,
    documentId,
    async ({ tx, record, now, current, shape }) => {
      const proposal: StoredProposal = {
        id: ctx.ports.ids.next(),
        documentId,
        proposerId: proposerSeat(principal, current, shape),
        basedOnRevision: input.basedOnRevision,
        operation: input.operation,
        rationale: input.rationale,
        submittedBy: principal.userId,
        submittedAt: now,
        takenInRevision: null,
        closedAs: null,
        closedAt: null,
        closedBy: null,
        declineReason: null,
      };
      const rev = await revisionOf(tx, documentId, current.currentRevision);
      // Refuses a stale base (409 stale_revision) and anything that would not apply cleanly.
      checkProposal(rev, proposal, scratchIds());
      await textRepo.insertProposal(tx, proposal);
      // Confidential until a revision takes it in: the record keeps a digest of its content.
      await record(
        'document.propose',
        { kind: 'proposal', id: proposal.id },
        {
          documentId,
          proposerId: proposal.proposerId,
          basedOnRevision: proposal.basedOnRevision,
          content: confidential(sha256, {
            operation: proposal.operation,
            rationale: proposal.rationale,
          }),
        },
      );
      const view = presentProposal(proposal, current.currentRevision, current.settings, {
        participantId: proposal.proposerId,
        privileged: false,
      });
      return { view, proposerId: proposal.proposerId };
    },
  );
  await announceText(ctx, documentId, 'proposal', { kind: 'proposal', proposerId });
  return view;
}

export async function issueRevision(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  input: IssueRevisionCommand,
): Promise<void> {
  await changeOpenDocument(
    ctx,
    principal,
    documentId,
    async ({ tx, record, now, current, shape }) => {
      const seat = penholderSeat(principal, current.settings.penholders, shape);
      const stored = new Map((await textRepo.proposalsOf(tx, documentId)).map((p) => [p.id, p]));
      const proposals = input.proposalIds.map((id) => {
        const p = stored.get(id);
        if (!p) throw notFound('Proposal');
        checkOpen(p);
        return p;
      });
      const previous = await revisionOf(tx, documentId, current.currentRevision);
      const rev = nextRevision(
        previous,
        { basedOnRevision: input.basedOnRevision, proposals, cleanings: input.cleanings },
        { label: input.label, issuedBy: seat, issuedAt: now },
        () => ctx.ports.ids.next(),
      );
      const hash = textHash(rev, sha256);
      await textRepo.insertRevision(tx, rev, hash);
      await textRepo.setCurrentRevision(tx, documentId, rev.number);
      await textRepo.markTakenIn(tx, rev.proposalIds, rev.number);
      const stances = await textRepo.stancesOf(tx, documentId);
      const carried = carryOverStances(previous, rev, stances).filter(
        (s, i) => s.revision !== stances[i]!.revision,
      );
      await textRepo.carryStances(tx, carried);
      // Taken in, the proposals are no longer confidential: the record keeps them whole.
      await record(
        'document.issueRevision',
        { kind: 'document', id: documentId },
        {
          revision: rev.number,
          label: rev.label,
          issuedBy: seat,
          hash,
          proposals: proposals.map((p) => ({
            id: p.id,
            proposerId: p.proposerId,
            operation: p.operation,
            rationale: p.rationale,
          })),
          cleanings: rev.cleanings,
          stancesCarriedOver: carried.length,
        },
      );
    },
  );
  await announceText(ctx, documentId, 'revision');
}

/** A proposal of this document; the same answer for one that does not exist and one of another text. */
async function proposalOf(tx: Tx, documentId: string, proposalId: string) {
  const p = await textRepo.findProposal(tx, proposalId);
  if (!p || p.documentId !== documentId) throw notFound('Proposal');
  return p;
}

export async function withdrawProposal(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  proposalId: string,
  input: WithdrawProposalCommand,
): Promise<ProposalView> {
  const view = await changeOpenDocument(ctx, principal, documentId, async (at) => {
    const { tx, record, now, current } = at;
    const p = await proposalOf(tx, documentId, proposalId);
    // Another participant's proposal is not the caller's to know about: not found, as if absent.
    if (p.proposerId !== input.participantId) throw notFound('Proposal');
    const { closedAs } = closeProposal(p, 'withdrawn');
    const closure = { closedAs, closedAt: now, closedBy: principal.userId, declineReason: null };
    await textRepo.closeProposal(tx, p.id, closure);
    const closed = { ...p, ...closure };
    await record(
      'document.withdrawProposal',
      { kind: 'proposal', id: p.id },
      { documentId, proposerId: p.proposerId, basedOnRevision: p.basedOnRevision },
    );
    return presentProposal(closed, current.currentRevision, current.settings, {
      participantId: p.proposerId,
      privileged: false,
    });
  });
  // Only the proposer ever acts here, so its own id is the audience.
  await announceText(ctx, documentId, 'proposal', {
    kind: 'proposal',
    proposerId: input.participantId,
  });
  return view;
}

export async function declineProposal(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  proposalId: string,
  input: DeclineProposalCommand,
): Promise<ProposalView> {
  const { view, proposerId } = await changeOpenDocument(
    ctx,
    principal,
    documentId,
    async ({ tx, record, now, current, shape }) => {
      const seat = penholderSeat(principal, current.settings.penholders, shape);
      const p = await proposalOf(tx, documentId, proposalId);
      const { closedAs, reason } = closeProposal(p, 'declined', input.reason);
      const closure = {
        closedAs,
        closedAt: now,
        closedBy: principal.userId,
        declineReason: reason,
      };
      await textRepo.closeProposal(tx, p.id, closure);
      const closed = { ...p, ...closure };
      // The reason is as confidential as the proposal it answers: the record keeps a digest.
      await record(
        'document.declineProposal',
        { kind: 'proposal', id: p.id },
        {
          documentId,
          proposerId: p.proposerId,
          declinedBy: seat,
          content: confidential(sha256, { reason }),
        },
      );
      const view = presentProposal(closed, current.currentRevision, current.settings, {
        participantId: seat,
        privileged: true,
      });
      return { view, proposerId: p.proposerId };
    },
  );
  await announceText(ctx, documentId, 'proposal', { kind: 'proposal', proposerId });
  return view;
}

export async function setTextStance(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  input: SetTextStanceCommand,
): Promise<void> {
  const statesChanged = await changeOpenDocument(
    ctx,
    principal,
    documentId,
    async ({ tx, record, now, current, shape }) => {
      const rev = await revisionOf(tx, documentId, current.currentRevision);
      const before = await textRepo.stancesOf(tx, documentId);
      const stances = setStance(before, rev, { documentId, ...input }, partiesOf(shape), now);
      const stance = stances.at(-1)!;
      await textRepo.putStance(tx, stance, principal.userId);
      const shown = { stance: stance.stance, comment: stance.comment };
      await record(
        'document.setStance',
        { kind: 'document', id: documentId },
        {
          provisionId: stance.provisionId,
          participantId: stance.participantId,
          revision: stance.revision,
          // Seen by the mediators only: the record keeps a digest.
          ...(current.settings.stanceVisibility === 'participants'
            ? shown
            : { content: confidential(sha256, shown) }),
        },
      );
      return statesDiffer(
        summarize(rev, before, partiesOf(shape)),
        summarize(rev, stances, partiesOf(shape)),
      );
    },
  );
  // Provision states are shown to every reader; the stance itself only to those who see it.
  await announceText(
    ctx,
    documentId,
    'stance',
    statesChanged ? { kind: 'readers' } : { kind: 'stance', participantId: input.participantId },
  );
}

function statesDiffer(a: TextSummary, b: TextSummary): boolean {
  return a.state !== b.state || a.provisions.some((p, i) => p.state !== b.provisions[i]?.state);
}

export async function openTextAdoption(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  input: OpenAdoptionCommand,
): Promise<void> {
  const doc = await documentOf(ctx.database.db, documentId);
  await commit(ctx, principal.userId, doc.roundId, async (tx, record, now) => {
    const current = await documentOf(tx, documentId, true);
    if (await textRepo.findAdoption(tx, documentId)) {
      throw new DomainError('already_exists', 'The adoption of this text is already open.');
    }
    const shape = await shapeOf(tx, current.roundId);
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    if (input.revision !== current.currentRevision) {
      throw new DomainError(
        'stale_revision',
        `Only the current revision (Rev.${current.currentRevision}) can be adopted.`,
        { revision: input.revision, current: current.currentRevision },
      );
    }
    const seated = new Set(shape.participants.map((p) => p.id));
    const stranger = input.signatories.find((id) => !seated.has(id));
    if (stranger) {
      throw new DomainError('validation_failed', 'Signatories are participants of the round.', {
        participantId: stranger,
      });
    }
    const rev = await revisionOf(tx, documentId, current.currentRevision);
    const adoption = openAdoption(
      rev,
      await textRepo.stancesOf(tx, documentId),
      partiesOf(shape),
      input.signatories,
      sha256,
    );
    await textRepo.saveAdoption(tx, { ...adoption, openedBy: seat, openedAt: now });
    await record(
      'document.openAdoption',
      { kind: 'document', id: documentId },
      { revision: adoption.revision, hash: adoption.hash, signatories: adoption.signatories },
    );
  });
  await announceText(ctx, documentId, 'adoption');
}

export async function signText(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  input: SignTextCommand,
): Promise<void> {
  const doc = await documentOf(ctx.database.db, documentId);
  await commit(ctx, principal.userId, doc.roundId, async (tx, record, now) => {
    await documentOf(tx, documentId, true);
    const adoption = await textRepo.findAdoption(tx, documentId);
    if (!adoption) throw invalidTransition('No adoption of this text is open.');
    const signed = sign(adoption, input, now);
    await textRepo.saveAdoption(tx, { ...adoption, ...signed });
    await record(
      'document.sign',
      { kind: 'document', id: documentId },
      { revision: adoption.revision, participantId: input.participantId, hash: signed.hash },
    );
    if (signed.adoptedAt) {
      await record(
        'document.adopt',
        { kind: 'document', id: documentId },
        { revision: signed.revision, hash: signed.hash, signatories: signed.signatories },
      );
    }
  });
  await announceText(ctx, documentId, 'adoption');
}

// ---- views ----

interface Reader {
  viewer: TextViewer;
  penholder: boolean;
  /** Sees every stance (and stance counts). */
  allStances: boolean;
  /** Parties and other non-observer participants: see taken-in proposals and their own. */
  participant: boolean;
  ownSeats: string[];
}

export function readerOf(principal: Principal, settings: TextSettings, shape: Shape): Reader {
  const penholder = isPenholder(principal, {
    penholders: settings.penholders,
    mediatorTeamIds: shape.mediatorTeam,
  });
  const privileged =
    penholder ||
    principal.seats.some(
      (s) => s.capacity === 'mediator' || shape.mediatorTeam.includes(s.participantId),
    );
  // Observers see plenary business (the revisions, their redlines, the adoption), not the
  // negotiation around it (proposals, stances).
  const participant = principal.seats.some((s) => s.capacity !== 'observer');
  const ownSeats = principal.seats.map((s) => s.participantId);
  return {
    viewer: { participantId: ownSeats[0] ?? null, privileged },
    penholder,
    allStances: privileged || (settings.stanceVisibility === 'participants' && participant),
    participant,
    ownSeats,
  };
}

function presentProposal(
  p: StoredProposal,
  currentRevision: number,
  settings: TextSettings,
  viewer: TextViewer,
): ProposalView {
  return {
    id: p.id,
    proposerId: visibleProposer(settings, p, viewer),
    basedOnRevision: p.basedOnRevision,
    operation: p.operation as ProposalView['operation'],
    rationale: p.rationale,
    submittedAt: p.submittedAt.toISOString(),
    status: proposalStatus(p, currentRevision),
    takenInRevision: p.takenInRevision,
    closedAt: p.closedAt ? p.closedAt.toISOString() : null,
    declineReason: p.closedAs === 'declined' ? (p.declineReason ?? '') : null,
  };
}

const iso = (d: Date) => d.toISOString();
const presentStance = (s: ProvisionStance) => ({ ...s, updatedAt: iso(s.updatedAt) });

export async function documentViewFor(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  revisionNumber?: number,
): Promise<DocumentView> {
  const db = ctx.database.db;
  const doc = await documentOf(db, documentId);
  const shape = await shapeOf(db, doc.roundId);
  const reader = readerOf(principal, doc.settings, shape);
  const number = revisionNumber ?? doc.currentRevision;
  const [rev, revisions, stances, adoption] = await Promise.all([
    revisionOf(db, documentId, number),
    textRepo.revisionList(db, documentId),
    textRepo.stancesOf(db, documentId),
    textRepo.findAdoption(db, documentId),
  ]);
  const parties = partiesOf(shape);
  const summary = summarize(rev, stances, parties);
  const isCurrent = number === doc.currentRevision;
  const visible = stances.filter(
    (s) =>
      s.revision === doc.currentRevision &&
      (reader.allStances || reader.ownSeats.includes(s.participantId)),
  );
  const resource = documentResource(doc, shape);
  const mayAs = (action: Action, seat: string) =>
    can(principal, action, { ...resource, ownerParticipantId: seat });
  const speaksFor = reader.ownSeats.filter(
    (seat) => parties.includes(seat) && mayAs('document.setStance', seat),
  );
  const signsFor =
    adoption && !adoption.adoptedAt
      ? reader.ownSeats.filter(
          (seat) =>
            adoption.signatories.includes(seat) &&
            !adoption.signatures.some((s) => s.participantId === seat) &&
            mayAs('document.sign', seat),
        )
      : [];
  const withdrawsFor = reader.ownSeats.filter((seat) => mayAs('document.withdrawProposal', seat));
  const actions: string[] = (
    [
      'document.read',
      'document.propose',
      'document.declineProposal',
      'document.issueRevision',
      'document.openAdoption',
    ] as const
  ).filter((a) => can(principal, a, resource));
  if (speaksFor.length) actions.push('document.setStance');
  if (signsFor.length) actions.push('document.sign');
  if (withdrawsFor.length) actions.push('document.withdrawProposal');
  const summaryOf = (r: textRepo.RevisionEntry) => ({
    number: r.number,
    label: r.label,
    proposalIds: [...r.proposalIds],
    issuedBy: r.issuedBy,
    issuedAt: iso(r.issuedAt),
    hash: r.hash,
  });
  return {
    id: doc.id,
    roundId: doc.roundId,
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    settings: doc.settings,
    currentRevision: doc.currentRevision,
    revisions: revisions.map(summaryOf),
    revision: {
      ...summaryOf(rev),
      provisions: presentProvisions(
        rev.text,
        reader.viewer,
        isCurrent ? summary : null,
        reader.allStances && isCurrent,
      ),
    },
    state: summary.state,
    brackets: summary.brackets,
    stances: reader.participant || reader.viewer.privileged ? visible.map(presentStance) : [],
    adoption: adoption
      ? {
          revision: adoption.revision,
          hash: adoption.hash,
          signatories: [...adoption.signatories],
          signatures: adoption.signatures.map((s) => ({ ...s, signedAt: iso(s.signedAt) })),
          openedBy: adoption.openedBy,
          openedAt: iso(adoption.openedAt),
          adoptedAt: adoption.adoptedAt ? iso(adoption.adoptedAt) : null,
        }
      : null,
    parties,
    participants: shape.participants.map((p) => ({ id: p.id, name: p.name, capacity: p.capacity })),
    viewer: {
      participantIds: reader.ownSeats,
      penholder: reader.penholder,
      privileged: reader.viewer.privileged,
      speaksFor,
      signsFor,
      withdrawsFor,
      actions,
    },
  };
}

/** Each document with its current revision's label and state: a fixed number of queries per round. */
export async function listDocuments(ctx: AppContext, roundId: string) {
  const db = ctx.database.db;
  const [docs, revisions, stances, adoptions, shape] = await Promise.all([
    textRepo.documentsOf(db, roundId),
    textRepo.currentRevisionsOf(db, roundId),
    textRepo.stancesOfRound(db, roundId),
    textRepo.adoptionsOfRound(db, roundId),
    shapeOf(db, roundId),
  ]);
  const parties = partiesOf(shape);
  const revisionOfDoc = new Map(revisions.map((r) => [r.documentId, r]));
  const adoptionOfDoc = new Map(adoptions.map((a) => [a.documentId, a]));
  const stancesOfDoc = Map.groupBy(stances, (s) => s.documentId);
  return {
    documents: docs.map((d) => {
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

/** Proposals the viewer may see: penholders all; a proposer its own; participants those taken in. */
export async function proposalsFor(ctx: AppContext, principal: Principal, documentId: string) {
  const db = ctx.database.db;
  const doc = await documentOf(db, documentId);
  const shape = await shapeOf(db, doc.roundId);
  const reader = readerOf(principal, doc.settings, shape);
  const all = await textRepo.proposalsOf(db, documentId);
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

export async function redlineFor(
  ctx: AppContext,
  principal: Principal,
  documentId: string,
  from: number,
  to: number,
): Promise<RedlineView> {
  const db = ctx.database.db;
  const doc = await documentOf(db, documentId);
  const shape = await shapeOf(db, doc.roundId);
  const [a, b] = await Promise.all([
    revisionOf(db, documentId, from),
    revisionOf(db, documentId, to),
  ]);
  const reader = readerOf(principal, doc.settings, shape);
  return { ...presentRedline(redline(a.text, b.text), doc.settings, reader.viewer), from, to };
}

/** The canonical text of a revision (what signatories approve): anyone may recompute its SHA-256. */
export async function canonicalOf(ctx: AppContext, documentId: string, number: number) {
  const rev = await revisionOf(ctx.database.db, documentId, number);
  return canonicalText(rev);
}

/** Everything an export of a revision needs. */
export async function exportSource(
  ctx: AppContext,
  documentId: string,
  number: number,
  against: number | null,
) {
  const db = ctx.database.db;
  const doc = await documentOf(db, documentId);
  const rev = await revisionOf(db, documentId, number);
  const older = against === null ? null : await revisionOf(db, documentId, against);
  const adoption = await textRepo.findAdoption(db, documentId);
  const shape = await roundRepo.roundShape(db, doc.roundId);
  return {
    doc,
    rev,
    older,
    adopted: adoption?.adoptedAt && adoption.revision === number ? adoption : null,
    participantNames: new Map((shape?.participants ?? []).map((p) => [p.id, p.name])),
  };
}

/**
 * What a live watcher of a text may learn (see `learnsOf`), or null when it may not read the text
 * at all (or the text does not exist: the same answer). Decided by the policy's `document.read`.
 */
export async function textReaderFor(
  ctx: AppContext,
  user: { userId: string; isOperator: boolean },
  documentId: string,
): Promise<{ roundId: string; reader: TextReader } | null> {
  const db = ctx.database.db;
  const doc = await textRepo.findDocument(db, documentId);
  const shape = doc ? await roundRepo.roundShape(db, doc.roundId) : undefined;
  if (!doc || !shape) return null;
  const round = await processRepo.findRound(db, doc.roundId);
  const principal = await loadPrincipal(db, user, {
    roundId: doc.roundId,
    processId: round?.processId ?? null,
  });
  if (!can(principal, 'document.read', documentResource(doc, shape))) return null;
  return { roundId: doc.roundId, reader: readerOf(principal, doc.settings, shape) };
}
