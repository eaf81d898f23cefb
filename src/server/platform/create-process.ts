import { processRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function createProcess(
  ctx: AppContext,
  by: string,
  input: { title: string; description: string },
) {
  const id = ctx.ports.ids.next();
  await commit(ctx, by, null, async (tx, record, now) => {
    await processRepo.insertProcess(tx, {
      id,
      title: input.title,
      description: input.description,
      createdAt: now,
    });
    await record('process.create', { kind: 'process', id }, input);
  });
  return id;
}
