import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';

import type { IssueRevisionCommand } from '../../core/texts/schemas.ts';
import {
  carryOverStances,
  checkOpen,
  nextRevision,
  textHash,
  type RevisionStep,
} from '../../core/texts/index.ts';
import { sha256, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announceText, penholderSeat, revisionOf } from './text-loading.ts';
import { changeOpenText } from './text-changes.ts';

export async function issueRevision(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: IssueRevisionCommand,
): Promise<void> {
  await changeOpenText(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    const stored = new Map((await textRepo.proposalsOf(tx, textId)).map((p) => [p.id, p]));
    const open = (id: string) => {
      const p = stored.get(id);
      if (!p) throw notFound('Proposal');
      checkOpen(p);
      return p;
    };
    const proposals = input.proposalIds.map(open);
    const edits = input.edits ?? [];
    const steps: RevisionStep[] = edits.map((e) =>
      e.op === 'take_in' ? { op: 'take_in', proposal: open(e.proposalId) } : e,
    );
    const previous = await revisionOf(tx, textId, current.currentRevision);
    const rev = nextRevision(
      previous,
      { basedOnRevision: input.basedOnRevision, proposals, cleanings: input.cleanings, steps },
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
        proposals: rev.proposalIds
          .map((id) => stored.get(id)!)
          .map((p) => ({
            id: p.id,
            proposerId: p.proposerId,
            operation: p.operation,
            rationale: p.rationale,
          })),
        cleanings: rev.cleanings,
        // The penholder's own edits are the revision's wording, which every reader reads.
        ...(edits.length > 0 ? { edits } : {}),
        stancesCarriedOver: carried.length,
      },
    );
  });
  await announceText(ctx, textId, 'revision');
}
