import { mayJoinMediatorTeam } from '../../core/convening/mediator-team.ts';
import { DomainError } from '../../core/errors.ts';
import { processRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

/** The mediator team runs the proximity lines: only seated mediators and sponsors qualify. */
export async function setMediatorTeam(
  ctx: AppContext,
  by: string,
  roundId: string,
  participantIds: string[],
) {
  await commit(ctx, by, roundId, async (tx, record) => {
    const agg = await loadRound(tx, roundId);
    const team = [...new Set(participantIds)];
    const invalid = team.filter((id) => {
      const p = agg.participants.find((x) => x.id === id);
      return !p || !mayJoinMediatorTeam(p.capacity);
    });
    if (invalid.length > 0) {
      throw new DomainError(
        'validation_failed',
        'The mediator team takes seated mediators and sponsors only.',
        { invalid },
      );
    }
    await processRepo.setMediatorTeam(tx, roundId, team);
    await record(
      'round.setMediatorTeam',
      { kind: 'round', id: roundId },
      { from: agg.round.mediatorTeam, to: team },
    );
  });
  await announce(ctx, { type: 'round', roundId });
}
