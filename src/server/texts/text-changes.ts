import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import { type TextSummary } from '../../core/texts/index.ts';
import { textRepo, type Tx } from '../../db/index.ts';
import type { TextRow } from '../../db/texts/texts.ts';
import type { AppContext } from '../kernel/context.ts';
import { textOf, penholderSeat, refuseAfterAdoption, shapeOf, type Shape } from './text-loading.ts';
import { commit, type Recorder } from '../kernel/unit-of-work.ts';

export function proposerSeat(principal: Principal, doc: TextRow, shape: Shape): string {
  const party = principal.seats.find(
    (s) => s.capacity === 'party' && ['head', 'deputy', 'spokesperson'].includes(s.role),
  );
  return party?.participantId ?? penholderSeat(principal, doc.settings.penholders, shape);
}

/**
 * Runs a change to a text that is still open: in one transaction, with the text row locked
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

/** A proposal of this text; the same answer for one that does not exist and one of another text. */
export async function proposalOf(tx: Tx, textId: string, proposalId: string) {
  const p = await textRepo.findProposal(tx, proposalId);
  if (!p || p.textId !== textId) throw notFound('Proposal');
  return p;
}

export function statesDiffer(a: TextSummary, b: TextSummary): boolean {
  return a.state !== b.state || a.provisions.some((p, i) => p.state !== b.provisions[i]?.state);
}
