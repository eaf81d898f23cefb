import { can, isPenholder, type Principal } from '../../core/policy/index.ts';
import type { ProposalView } from '../../core/texts/schemas.ts';
import {
  proposalStatus,
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
import { textResource, type Shape } from './text-loading.ts';

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

export const iso = (d: Date) => d.toISOString();
export const presentStance = (s: ProvisionStance) => ({ ...s, updatedAt: iso(s.updatedAt) });

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
