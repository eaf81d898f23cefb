import { DomainError, notFound } from '../../core/errors.ts';
import { actorRepo, userRepo, type Tx } from '../../db/index.ts';
import { hashPassword } from './tokens.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit, type Recorder } from '../kernel/unit-of-work.ts';

interface AccountInput {
  email: string;
  displayName: string;
  password: string;
  isOperator: boolean;
  actorId?: string | undefined;
}

export async function createAccount(ctx: AppContext, by: string | null, input: AccountInput) {
  const id = ctx.ports.ids.next();
  const passwordHash = await hashPassword(input.password);
  await commit(ctx, by, null, (tx, record, now) =>
    addAccount(tx, record, now, { id, passwordHash, ...input }),
  );
  return {
    id,
    email: input.email,
    displayName: input.displayName,
    isOperator: input.isOperator,
    actorId: input.actorId ?? null,
    disabled: false,
  };
}

/** The account's rows and record event, inside the caller's unit of work. */
export async function addAccount(
  tx: Tx,
  record: Recorder,
  now: Date,
  input: AccountInput & { id: string; passwordHash: string },
): Promise<void> {
  const { id, passwordHash } = input;
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
}
