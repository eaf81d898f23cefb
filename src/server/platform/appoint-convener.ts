import { notFound } from '../../core/errors.ts';
import { actorRepo, processRepo, userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function appointConvener(
  ctx: AppContext,
  by: string,
  processId: string,
  input: { userId: string; actorId: string },
) {
  await commit(ctx, by, null, async (tx, record) => {
    if (!(await userRepo.findUser(tx, input.userId))) throw notFound('Account');
    if (!(await actorRepo.actorExists(tx, input.actorId))) throw notFound('Actor');
    await processRepo.appointConvener(tx, processId, input.userId, input.actorId);
    await record('process.appointConvener', { kind: 'process', id: processId }, input);
  });
}
