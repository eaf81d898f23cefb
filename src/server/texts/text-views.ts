import { notFound } from '../../core/errors.ts';
import { can, isPenholder, type Action, type Principal } from '../../core/policy/index.ts';
import type { TextView, ProposalView, RedlineView } from '../../core/texts/schemas.ts';
import {
  canonicalText,
  presentProvisions,
  presentRedline,
  proposalStatus,
  redline,
  summarize,
  visibleProposer,
  type ProvisionStance,
  type TextReader,
  type TextSettings,
  type TextViewer,
} from '../../core/texts/index.ts';
import { processRepo, roundRepo, textRepo } from '../../db/index.ts';
import type { StoredProposal } from '../../db/texts/texts.ts';
import { loadPrincipal } from '../kernel/cached-reads.ts';
import type { AppContext } from '../kernel/context.ts';
import {
  textOf,
  textResource,
  partiesOf,
  revisionOf,
  shapeOf,
  type Shape,
} from './text-loading.ts';

// What each reader is shown of a negotiating text: views, lists, redlines and exports. No writes.

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

export function presentProposal(
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

export async function textViewFor(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  revisionNumber?: number,
): Promise<TextView> {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const shape = await shapeOf(db, doc.roundId);
  const reader = readerOf(principal, doc.settings, shape);
  const number = revisionNumber ?? doc.currentRevision;
  const [rev, revisions, stances, adoption] = await Promise.all([
    revisionOf(db, textId, number),
    textRepo.revisionList(db, textId),
    textRepo.stancesOf(db, textId),
    textRepo.findAdoption(db, textId),
  ]);
  const parties = partiesOf(shape);
  const summary = summarize(rev, stances, parties);
  const isCurrent = number === doc.currentRevision;
  const visible = stances.filter(
    (s) =>
      s.revision === doc.currentRevision &&
      (reader.allStances || reader.ownSeats.includes(s.participantId)),
  );
  const resource = textResource(doc, shape);
  const mayAs = (action: Action, seat: string) =>
    can(principal, action, { ...resource, ownerParticipantId: seat });
  const speaksFor = reader.ownSeats.filter(
    (seat) => parties.includes(seat) && mayAs('text.setStance', seat),
  );
  const signsFor =
    adoption && !adoption.adoptedAt
      ? reader.ownSeats.filter(
          (seat) =>
            adoption.signatories.includes(seat) &&
            !adoption.signatures.some((s) => s.participantId === seat) &&
            mayAs('text.sign', seat),
        )
      : [];
  const withdrawsFor = reader.ownSeats.filter((seat) => mayAs('text.withdrawProposal', seat));
  const actions: string[] = (
    [
      'text.read',
      'text.propose',
      'text.declineProposal',
      'text.issueRevision',
      'text.openAdoption',
    ] as const
  ).filter((a) => can(principal, a, resource));
  if (speaksFor.length) actions.push('text.setStance');
  if (signsFor.length) actions.push('text.sign');
  if (withdrawsFor.length) actions.push('text.withdrawProposal');
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

/** Proposals the viewer may see: penholders all; a proposer its own; participants those taken in. */
export async function proposalsFor(ctx: AppContext, principal: Principal, textId: string) {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const shape = await shapeOf(db, doc.roundId);
  const reader = readerOf(principal, doc.settings, shape);
  const all = await textRepo.proposalsOf(db, textId);
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
  textId: string,
  from: number,
  to: number,
): Promise<RedlineView> {
  const db = ctx.database.db;
  const doc = await textOf(db, textId);
  const shape = await shapeOf(db, doc.roundId);
  const [a, b] = await Promise.all([revisionOf(db, textId, from), revisionOf(db, textId, to)]);
  const reader = readerOf(principal, doc.settings, shape);
  return { ...presentRedline(redline(a.text, b.text), doc.settings, reader.viewer), from, to };
}

/** The canonical text of a revision (what signatories approve): anyone may recompute its SHA-256. */
export async function canonicalOf(ctx: AppContext, textId: string, number: number) {
  const rev = await revisionOf(ctx.database.db, textId, number);
  return canonicalText(rev);
}

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

/**
 * What a live watcher of a text may learn (see `learnsOf`), or null when it may not read the text
 * at all (or the text does not exist: the same answer). Decided by the policy's `text.read`.
 */
export async function textReaderFor(
  ctx: AppContext,
  user: { userId: string; isOperator: boolean },
  textId: string,
): Promise<{ roundId: string; reader: TextReader } | null> {
  const db = ctx.database.db;
  const doc = await textRepo.findText(db, textId);
  const shape = doc ? await roundRepo.roundShape(db, doc.roundId) : undefined;
  if (!doc || !shape) return null;
  const round = await processRepo.findRound(db, doc.roundId);
  const principal = await loadPrincipal(db, user, {
    roundId: doc.roundId,
    processId: round?.processId ?? null,
  });
  if (!can(principal, 'text.read', textResource(doc, shape))) return null;
  return { roundId: doc.roundId, reader: readerOf(principal, doc.settings, shape) };
}
