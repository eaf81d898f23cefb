import { DomainError, notFound } from '../../core/errors.ts';
import type { ActorKind } from '../../core/vocabulary.ts';
import { actorRepo, processRepo, userRepo } from '../../db/index.ts';
import { hashPassword } from './tokens.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';

// The operator's use cases: accounts, actors, processes, conveners. None touches talk content.

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
