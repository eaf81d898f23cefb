import { type Principal } from '../../core/policy/index.ts';
import type { CreateTextCommand } from '../../core/texts/schemas.ts';
import { buildText, firstRevision, textHash } from '../../core/texts/index.ts';
import { sha256, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { penholderSeat, shapeOf } from './text-loading.ts';
import { commit } from '../kernel/unit-of-work.ts';

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
