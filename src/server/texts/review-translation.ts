import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { ReviewTranslationCommand } from '../../core/texts/language-schemas.ts';
import { flagsAfterReview } from '../../core/texts/translations.ts';
import { textLanguageRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { penholderSeat } from './text-loading.ts';
import { changeVersions, entryBase, versionsAt } from './language-versions.ts';

/** Clears flags on provisions whose wording a penholder checked and found still right. */
export async function reviewTranslation(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  language: string,
  input: ReviewTranslationCommand,
): Promise<void> {
  await changeVersions(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    const { state, latest } = await versionsAt(tx, current, current.currentRevision);
    if (language !== current.language && !latest.has(language)) {
      throw notFound('Language version');
    }
    const flags = flagsAfterReview(state.flags, language, input.provisionIds);
    const seq = (await textLanguageRepo.lastSeq(tx, textId)) + 1;
    await textLanguageRepo.insertEntry(tx, {
      ...entryBase({ now, current, seat, principal }, language, seq),
      kind: 'review',
      flags,
      provisionIds: input.provisionIds,
    });
    await record(
      'text.reviewTranslation',
      { kind: 'text', id: textId },
      { language, provisionIds: input.provisionIds },
    );
  });
}

// ---- view ----
