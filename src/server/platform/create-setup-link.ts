import { setupLinkRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { commit } from '../kernel/unit-of-work.ts';
import { operatorExistsAlready, SETUP_LINK_TTL_MS, setupLinkSubject } from './setup-links.ts';
import { newToken, tokenHash } from './tokens.ts';

/**
 * A one-time token that creates the first operator account, while there is none. The caller shows
 * it once (the server's console, the CLI); only its hash is stored.
 */
export async function createSetupLink(ctx: AppContext, input: { email?: string | undefined } = {}) {
  const token = newToken();
  const hashOfToken = tokenHash(token);
  const expiresAt = await commit(ctx, null, null, async (tx, record, now) => {
    if (await setupLinkRepo.operatorExists(tx)) throw operatorExistsAlready();
    const expires = new Date(now.getTime() + SETUP_LINK_TTL_MS);
    await setupLinkRepo.insertSetupLink(tx, {
      tokenHash: hashOfToken,
      email: input.email ?? null,
      createdAt: now,
      expiresAt: expires,
    });
    await record('setup.createLink', setupLinkSubject(hashOfToken), {
      expiresAt: expires.toISOString(),
      forEmail: input.email !== undefined,
    });
    return expires;
  });
  return { token, expiresAt };
}

/** Whether the deployment still has no operator (and so wants a setup link). */
export const needsSetup = async (ctx: AppContext) =>
  !(await setupLinkRepo.operatorExists(ctx.database.db));
