import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import { confidential } from '../../core/record/chain.ts';
import type {
  CreateTextCommand,
  DeclineProposalCommand,
  IssueRevisionCommand,
  ProposalView,
  ProposeCommand,
  SetTextStanceCommand,
  WithdrawProposalCommand,
} from '../../core/texts/schemas.ts';
import {
  carryOverStances,
  checkOpen,
  checkProposal,
  closeProposal,
  buildText,
  firstRevision,
  nextRevision,
  setStance,
  summarize,
  textHash,
  type TextSummary,
} from '../../core/texts/index.ts';
import { sha256, textRepo, type Tx } from '../../db/index.ts';
import type { TextRow, StoredProposal } from '../../db/texts/texts.ts';
import type { AppContext } from '../kernel/context.ts';
import {
  announceText,
  textOf,
  partiesOf,
  penholderSeat,
  refuseAfterAdoption,
  revisionOf,
  scratchIds,
  shapeOf,
  type Shape,
} from './text-loading.ts';
import { presentProposal } from './text-views.ts';
import { commit, type Recorder } from '../kernel/unit-of-work.ts';

export async function createText(
  ctx: AppContext,
  principal: Principal,
  roundId: string,
  input: CreateTextCommand,
): Promise<string> {
  return commit(ctx, principal.userId, roundId, async (tx, record, now) => {
    const shape = await shapeOf(tx, roundId);
    const seat = penholderSeat(principal, input.settings.penholders, shape);
    const { label, ...textInput } = input;
    const text = buildText(textInput, { roundId, by: seat }, () => ctx.ports.ids.next());
    const rev = firstRevision(text, { label, issuedBy: seat, issuedAt: now });
    const hash = textHash(rev, sha256);
    await textRepo.insertText(tx, {
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
      'text.create',
      { kind: 'text', id: text.id },
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

function proposerSeat(principal: Principal, doc: TextRow, shape: Shape): string {
  const party = principal.seats.find(
    (s) => s.capacity === 'party' && ['head', 'deputy', 'spokesperson'].includes(s.role),
  );
  return party?.participantId ?? penholderSeat(principal, doc.settings.penholders, shape);
}

/**
 * Runs a change to a document that is still open: in one transaction, with the document row locked
 * (changes to one text serialize) and refused once its adoption has begun.
 */
export async function changeOpenText<T>(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  work: (at: { tx: Tx; record: Recorder; now: Date; current: TextRow; shape: Shape }) => Promise<T>,
): Promise<T> {
  const doc = await textOf(ctx.database.db, textId);
  return commit(ctx, principal.userId, doc.roundId, async (tx, record, now) => {
    const current = await textOf(tx, textId, true);
    refuseAfterAdoption(await textRepo.findAdoption(tx, textId));
    return work({ tx, record, now, current, shape: await shapeOf(tx, current.roundId) });
  });
}

export async function propose(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: ProposeCommand,
): Promise<ProposalView> {
  const { view, proposerId } = await changeOpenText(
    ctx,
    principal,
    textId,
    async ({ tx, record, now, current, shape }) => {
      const proposal: StoredProposal = {
        id: ctx.ports.ids.next(),
        textId,
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
      const rev = await revisionOf(tx, textId, current.currentRevision);
      // Refuses a stale base (409 stale_revision) and anything that would not apply cleanly.
      checkProposal(rev, proposal, scratchIds());
      await textRepo.insertProposal(tx, proposal);
      // Confidential until a revision takes it in: the record keeps a digest of its content.
      await record(
        'text.propose',
        { kind: 'proposal', id: proposal.id },
        {
          textId,
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
  await announceText(ctx, textId, 'proposal', { kind: 'proposal', proposerId });
  return view;
}

export async function issueRevision(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: IssueRevisionCommand,
): Promise<void> {
  await changeOpenText(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    const stored = new Map((await textRepo.proposalsOf(tx, textId)).map((p) => [p.id, p]));
    const proposals = input.proposalIds.map((id) => {
      const p = stored.get(id);
      if (!p) throw notFound('Proposal');
      checkOpen(p);
      return p;
    });
    const previous = await revisionOf(tx, textId, current.currentRevision);
    const rev = nextRevision(
      previous,
      { basedOnRevision: input.basedOnRevision, proposals, cleanings: input.cleanings },
      { label: input.label, issuedBy: seat, issuedAt: now },
      () => ctx.ports.ids.next(),
    );
    const hash = textHash(rev, sha256);
    await textRepo.insertRevision(tx, rev, hash);
    await textRepo.setCurrentRevision(tx, textId, rev.number);
    await textRepo.markTakenIn(tx, rev.proposalIds, rev.number);
    const stances = await textRepo.stancesOf(tx, textId);
    const carried = carryOverStances(previous, rev, stances).filter(
      (s, i) => s.revision !== stances[i]!.revision,
    );
    await textRepo.carryStances(tx, carried);
    // Taken in, the proposals are no longer confidential: the record keeps them whole.
    await record(
      'text.issueRevision',
      { kind: 'text', id: textId },
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
  });
  await announceText(ctx, textId, 'revision');
}

/** A proposal of this document; the same answer for one that does not exist and one of another text. */
async function proposalOf(tx: Tx, textId: string, proposalId: string) {
  const p = await textRepo.findProposal(tx, proposalId);
  if (!p || p.textId !== textId) throw notFound('Proposal');
  return p;
}

export async function withdrawProposal(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  proposalId: string,
  input: WithdrawProposalCommand,
): Promise<ProposalView> {
  const view = await changeOpenText(ctx, principal, textId, async (at) => {
    const { tx, record, now, current } = at;
    const p = await proposalOf(tx, textId, proposalId);
    // Another participant's proposal is not the caller's to know about: not found, as if absent.
    if (p.proposerId !== input.participantId) throw notFound('Proposal');
    const { closedAs } = closeProposal(p, 'withdrawn');
    const closure = { closedAs, closedAt: now, closedBy: principal.userId, declineReason: null };
    await textRepo.closeProposal(tx, p.id, closure);
    const closed = { ...p, ...closure };
    await record(
      'text.withdrawProposal',
      { kind: 'proposal', id: p.id },
      { textId, proposerId: p.proposerId, basedOnRevision: p.basedOnRevision },
    );
    return presentProposal(closed, current.currentRevision, current.settings, {
      participantId: p.proposerId,
      privileged: false,
    });
  });
  // Only the proposer ever acts here, so its own id is the audience.
  await announceText(ctx, textId, 'proposal', {
    kind: 'proposal',
    proposerId: input.participantId,
  });
  return view;
}

export async function declineProposal(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  proposalId: string,
  input: DeclineProposalCommand,
): Promise<ProposalView> {
  const { view, proposerId } = await changeOpenText(
    ctx,
    principal,
    textId,
    async ({ tx, record, now, current, shape }) => {
      const seat = penholderSeat(principal, current.settings.penholders, shape);
      const p = await proposalOf(tx, textId, proposalId);
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
        'text.declineProposal',
        { kind: 'proposal', id: p.id },
        {
          textId,
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
  await announceText(ctx, textId, 'proposal', { kind: 'proposal', proposerId });
  return view;
}

export async function setTextStance(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: SetTextStanceCommand,
): Promise<void> {
  const statesChanged = await changeOpenText(
    ctx,
    principal,
    textId,
    async ({ tx, record, now, current, shape }) => {
      const rev = await revisionOf(tx, textId, current.currentRevision);
      const before = await textRepo.stancesOf(tx, textId);
      const stances = setStance(before, rev, { textId, ...input }, partiesOf(shape), now);
      const stance = stances.at(-1)!;
      await textRepo.putStance(tx, stance, principal.userId);
      const shown = { stance: stance.stance, comment: stance.comment };
      await record(
        'text.setStance',
        { kind: 'text', id: textId },
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
    textId,
    'stance',
    statesChanged ? { kind: 'readers' } : { kind: 'stance', participantId: input.participantId },
  );
}

function statesDiffer(a: TextSummary, b: TextSummary): boolean {
  return a.state !== b.state || a.provisions.some((p, i) => p.state !== b.provisions[i]?.state);
}
