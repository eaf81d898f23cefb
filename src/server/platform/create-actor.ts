import type { ActorKind } from '../../core/vocabulary.ts';
import { actorRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function createActor(
  ctx: AppContext,
  by: string | null,
  input: { name: string; kind: ActorKind; coalitionOf: string[] },
) {
  const id = ctx.ports.ids.next();
  const members = input.coalitionOf.map((name) => ({ id: ctx.ports.ids.next(), name }));
  await commit(ctx, by, null, async (tx, record, now) => {
    await actorRepo.insertActor(
      tx,
      { id, name: input.name, kind: input.kind, createdAt: now },
      members,
    );
    await record(
      'actor.create',
      { kind: 'actor', id },
      { name: input.name, kind: input.kind, members },
    );
  });
  return { id, name: input.name, kind: input.kind, members };
}
