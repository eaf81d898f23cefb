import { DomainError } from '../../core/errors.ts';
import type { CompleteSetupCommand } from '../../core/platform/auth-schemas.ts';
import { setupLinkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { addAccount } from './create-account.ts';
import { openSignIn } from './open-sign-in.ts';
import { liveSetupLink, operatorExistsAlready, setupLinkSubject } from './setup-links.ts';
import { hashPassword } from './tokens.ts';

/**
 * Uses a setup link: creates the first operator account and signs it in. The link is locked and
 * spent in the same transaction, so two tabs racing with one link create one account.
 */
export async function completeSetup(
  ctx: AppContext,
  token: string,
  input: CompleteSetupCommand,
  userAgent: string | null,
) {
  const id = ctx.ports.ids.next();
  const passwordHash = await hashPassword(input.password);
  await commit(ctx, null, null, async (tx, record, now) => {
    const link = await liveSetupLink(tx, token, now, true);
    if (await setupLinkRepo.operatorExists(tx)) throw operatorExistsAlready();
    if (link.email !== null && link.email !== input.email)
      throw new DomainError('validation_failed', `This link is for ${link.email}.`);
    await addAccount(tx, record, now, { ...input, id, passwordHash, isOperator: true });
    await setupLinkRepo.markSetupLinkUsed(tx, link.tokenHash, now);
    await record('setup.useLink', setupLinkSubject(link.tokenHash), { userId: id });
  });
  return openSignIn(
    ctx,
    { id, email: input.email, displayName: input.displayName, isOperator: true },
    userAgent,
  );
}
