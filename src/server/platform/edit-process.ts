import { notFound } from '../../core/errors.ts';
import { processRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

/** The operator corrects a process's title and description. */
export async function editProcess(
  ctx: AppContext,
  by: string,
  processId: string,
  input: { title: string; description: string },
) {
  await commit(ctx, by, null, async (tx, record) => {
    if (!(await processRepo.findProcess(tx, processId))) throw notFound('Process');
    await processRepo.editProcess(tx, processId, input);
    await record('process.edit', { kind: 'process', id: processId }, input);
  });
}
