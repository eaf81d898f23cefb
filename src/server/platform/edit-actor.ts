import { notFound } from '../../core/errors.ts';
import { actorRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

/** The operator corrects an actor's name; every round it sits in shows the new one. */
export async function editActor(
  ctx: AppContext,
  by: string,
  actorId: string,
  input: { name: string },
) {
  await commit(ctx, by, null, async (tx, record) => {
    const actor = await actorRepo.findActor(tx, actorId);
    if (!actor) throw notFound('Actor');
    await actorRepo.renameActor(tx, actorId, input.name);
    await record(
      'actor.edit',
      { kind: 'actor', id: actorId },
      { name: input.name, previous: actor.name },
    );
  });
  const actor = await actorRepo.findActor(ctx.database.db, actorId);
  if (!actor) throw notFound('Actor');
  return actor;
}
