import { invalidTransition } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { SignTextCommand } from '../../core/texts/schemas.ts';
import { sign } from '../../core/texts/index.ts';
import { textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announceText, textOf } from './text-loading.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function signText(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  input: SignTextCommand,
): Promise<void> {
  const doc = await textOf(ctx.database.db, textId);
  await commit(ctx, principal.userId, doc.roundId, async (tx, record, now) => {
    await textOf(tx, textId, true);
    const adoption = await textRepo.findAdoption(tx, textId);
    if (!adoption) throw invalidTransition('No adoption of this text is open.');
    const signed = sign(adoption, input, now);
    await textRepo.saveAdoption(tx, { ...adoption, ...signed });
    await record(
      'text.sign',
      { kind: 'text', id: textId },
      { revision: adoption.revision, participantId: input.participantId, hash: signed.hash },
    );
    if (signed.adoptedAt) {
      await record(
        'text.adopt',
        { kind: 'text', id: textId },
        { revision: signed.revision, hash: signed.hash, signatories: signed.signatories },
      );
    }
  });
  await announceText(ctx, textId, 'adoption');
}
