import { roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

/** The conveners set the round's rules for its talks; the change is recorded. */
export async function setRoundSettings(
  ctx: AppContext,
  by: string,
  roundId: string,
  settings: { sessionChannelsCloseAtEnd: boolean },
) {
  await commit(ctx, by, roundId, async (tx, record) => {
    const agg = await loadRound(tx, roundId);
    if (agg.round.sessionChannelsCloseAtEnd === settings.sessionChannelsCloseAtEnd) return;
    await roundRepo.setSessionChannelsCloseAtEnd(tx, roundId, settings.sessionChannelsCloseAtEnd);
    await record(
      'round.setSettings',
      { kind: 'round', id: roundId },
      { from: { sessionChannelsCloseAtEnd: agg.round.sessionChannelsCloseAtEnd }, to: settings },
    );
  });
}
