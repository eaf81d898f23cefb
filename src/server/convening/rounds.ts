import { DomainError } from '../../core/errors.ts';
import { processRepo, roundRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { announce } from '../kernel/notices.ts';
import { fitChannelsToRound } from '../talks/index.ts';
import { commit, loadRound } from '../kernel/unit-of-work.ts';

export async function createRound(
  ctx: AppContext,
  by: string,
  processId: string,
  input: { title: string; venue: string; startsOn: string; endsOn: string; timeZone: string },
) {
  const id = ctx.ports.ids.next();
  await commit(ctx, by, id, async (tx, record, now) => {
    await processRepo.insertRound(tx, {
      id,
      processId,
      ...input,
      mediatorTeam: [],
      sessionChannelsCloseAtEnd: false,
      createdAt: now,
    });
    await record('round.create', { kind: 'round', id }, { processId, ...input });
    await fitChannelsToRound(ctx, tx, record, id, now);
  });
  return id;
}

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
      return !p || (p.capacity !== 'mediator' && p.capacity !== 'sponsor');
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
