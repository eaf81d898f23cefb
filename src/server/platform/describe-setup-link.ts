import type { AppContext } from '../kernel/context.ts';
import { liveSetupLink } from './setup-links.ts';

/** What the setup page shows before the form is sent. */
export async function describeSetupLink(ctx: AppContext, token: string) {
  const link = await liveSetupLink(ctx.database.db, token, ctx.ports.clock.now());
  return { email: link.email, expiresAt: link.expiresAt.toISOString() };
}
