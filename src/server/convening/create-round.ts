import { processRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { fitChannelsToRound } from '../talks/index.ts';
import { commit } from '../kernel/unit-of-work.ts';

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
