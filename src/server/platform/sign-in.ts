import { DomainError } from '../../core/errors.ts';
import { userRepo } from '../../db/index.ts';
import { verifyPassword } from './tokens.ts';
import type { AppContext } from '../kernel/context.ts';
import { openSignIn } from './open-sign-in.ts';

const WRONG = () => new DomainError('invalid_credentials', 'Email or password is not correct.');

/** Said only to whoever knows the password: to anyone else a disabled account is a wrong guess. */
export const disabledAccount = () =>
  new DomainError('account_disabled', 'This account is disabled; the operator can enable it.');

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string },
  userAgent: string | null,
) {
  const user = await userRepo.findUserByEmail(ctx.database.db, input.email);
  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) throw WRONG();
  if (user.disabledAt !== null) throw disabledAccount();
  return openSignIn(ctx, user, userAgent);
}
