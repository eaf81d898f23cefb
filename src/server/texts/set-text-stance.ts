import { type Principal } from '../../core/policy/index.ts';
import { confidential } from '../../core/record/chain.ts';
import type { SetTextStanceCommand } from '../../core/texts/schemas.ts';
import { setStance, summarize } from '../../core/texts/index.ts';
import { sha256, textRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announceText, partiesOf, revisionOf } from './text-loading.ts';
import { changeOpenText, statesDiffer } from './text-changes.ts';

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
