import { DomainError, notFound } from '../../core/errors.ts';
import { actorRepo, userRepo } from '../../db/index.ts';
import { hashPassword } from './tokens.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

export async function createAccount(
  ctx: AppContext,
  by: string | null,
  input: {
    email: string;
    displayName: string;
    password: string;
    isOperator: boolean;
    actorId?: string | undefined;
  },
) {
  const id = ctx.ports.ids.next();
  const passwordHash = await hashPassword(input.password);
  await commit(ctx, by, null, async (tx, record, now) => {
    if (await userRepo.findUserByEmail(tx, input.email)) {
      throw new DomainError('already_exists', 'An account with this email already exists.');
    }
    if (input.actorId && !(await actorRepo.actorExists(tx, input.actorId))) throw notFound('Actor');
    await userRepo.insertUser(tx, {
      id,
      email: input.email,
      displayName: input.displayName,
      passwordHash,
      isOperator: input.isOperator,
      createdAt: now,
    });
    if (input.actorId) await userRepo.addFocalPoint(tx, input.actorId, id);
    await record(
      'account.create',
      { kind: 'user', id },
      { isOperator: input.isOperator, actorId: input.actorId ?? null },
    );
  });
  return {
    id,
    email: input.email,
    displayName: input.displayName,
    isOperator: input.isOperator,
    actorId: input.actorId ?? null,
  };
}
