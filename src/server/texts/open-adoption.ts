import { DomainError } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { OpenAdoptionCommand } from '../../core/texts/schemas.ts';
import { openAdoption } from '../../core/texts/index.ts';
import { sha256, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import {
  announceText,
  textOf,
  partiesOf,
  penholderSeat,
  revisionOf,
  shapeOf,
} from './text-loading.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function openTextAdoption(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: OpenAdoptionCommand,
): Promise<void> {
  const doc = await textOf(ctx.database.db, textId);
  await commit(ctx, principal.userId, doc.roundId, async (tx, record, now) => {
    const current = await textOf(tx, textId, true);
    if (await textRepo.findAdoption(tx, textId)) {
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
    const rev = await revisionOf(tx, textId, current.currentRevision);
    const adoption = openAdoption(
      rev,
      await textRepo.stancesOf(tx, textId),
      partiesOf(shape),
      input.signatories,
      sha256,
    );
    await textRepo.saveAdoption(tx, { ...adoption, openedBy: seat, openedAt: now });
    await record(
      'text.openAdoption',
      { kind: 'text', id: textId },
      { revision: adoption.revision, hash: adoption.hash, signatories: adoption.signatories },
    );
  });
  await announceText(ctx, textId, 'adoption');
}
