import { DomainError } from '../../core/errors.ts';
import { type Principal } from '../../core/policy/index.ts';
import type { SetLanguageVersionCommand } from '../../core/texts/language-schemas.ts';
import { textHash } from '../../core/texts/index.ts';
import { buildTranslation, flagsAfterWording } from '../../core/texts/translations.ts';
import { sha256, textLanguageRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { penholderSeat } from './text-loading.ts';
import {
  changeVersions,
  currentRevision,
  entryBase,
  refuseOwnLanguage,
  versionsAt,
} from './language-versions.ts';

export async function setLanguageVersion(
  ctx: AppContext,
  principal: Principal,
  textId: string,
  language: string,
  input: SetLanguageVersionCommand,
): Promise<void> {
  await changeVersions(ctx, principal, textId, async ({ tx, record, now, current, shape }) => {
    const seat = penholderSeat(principal, current.settings.penholders, shape);
    refuseOwnLanguage(current, language);
    if (input.basedOnRevision !== current.currentRevision) {
      throw new DomainError(
        'stale_revision',
        `Language versions are written for the current revision (Rev.${current.currentRevision}).`,
        { revision: input.basedOnRevision, current: current.currentRevision },
      );
    }
    const rev = await currentRevision(tx, current);
    const text = buildTranslation(
      rev.text,
      { language, title: input.title, provisions: input.provisions },
      input.status,
    );
    const { state } = await versionsAt(tx, current, current.currentRevision);
    const flags = flagsAfterWording(state, { language, status: input.status, text });
    const hash = textHash({ ...rev, text }, sha256);
    const seq = (await textLanguageRepo.lastSeq(tx, textId)) + 1;
    await textLanguageRepo.insertEntry(tx, {
      ...entryBase({ now, current, seat, principal }, language, seq),
      kind: 'wording',
      flags,
      state: { revision: rev.number, status: input.status, title: text.title, text, hash },
    });
    // Like a revision, the version enters the record by the hash of its canonical text.
    await record(
      'text.setLanguageVersion',
      { kind: 'text', id: textId },
      {
        language,
        status: input.status,
        revision: rev.number,
        hash,
        added: !state.versions.has(language),
        needsUpdate: flags.length,
      },
    );
  });
}
