// What other features may use of this one; everything else in this folder is its own business.
export { answerSignedIn } from './routes/sign-in.ts';
export { openSignIn } from './open-sign-in.ts';
export { disabledAccount } from './sign-in.ts';
export { createSetupLink, needsSetup } from './create-setup-link.ts';
export { checkReadiness } from './check-readiness.ts';
export { hashPassword, newToken, tokenHash, verifyPassword } from './tokens.ts';
import type { Feature } from '../http/feature.ts';
import { accountRoutes } from './routes/accounts.ts';
import { actorRoutes } from './routes/actors.ts';
import { processRoutes } from './routes/processes.ts';
import { authRoutes } from './routes/sign-in.ts';
import { setupRoutes } from './routes/setup.ts';
import { platformScopes } from './scopes.ts';

export const platform: Feature = {
  name: 'platform',
  description: 'Accounts, actors, processes and sign-in: the operator’s room.',
  routes: [authRoutes, setupRoutes, accountRoutes, actorRoutes, processRoutes],
  scopes: platformScopes,
};
