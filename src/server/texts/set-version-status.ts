import { notFound } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { SetVersionStatusCommand } from '../../core/texts/language-schemas.ts';
import { textLanguageRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { penholderSeat } from './text-loading.ts';
import { changeVersions, entryBase, refuseOwnLanguage, versionsAt } from './language-versions.ts';

export async function setVersionStatus(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  language: string,
  input: SetVersionStatusCommand,
): Promise<void> {
  await changeVersions(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    refuseOwnLanguage(current, language);
    const { state, latest } = await versionsAt(tx, current, current.currentRevision);
    const entry = latest.get(language);
    if (!entry) throw notFound('Language version');
    if (entry.state.status === input.status) return;
    const seq = (await textLanguageRepo.lastSeq(tx, textId)) + 1;
    await textLanguageRepo.insertEntry(tx, {
      ...entryBase({ now, current, seat, principal }, language, seq),
      kind: 'status',
      flags: state.flags,
      state: { ...entry.state, status: input.status },
    });
    await record(
      'text.setVersionStatus',
      { kind: 'text', id: textId },
      { language, status: input.status },
    );
  });
}
