import { AccountList, AccountView, CreateAccountCommand } from '../../../core/schemas/auth.ts';
import { listAccounts } from '../../use-cases/platform-queries.ts';
import { createAccount } from '../../use-cases/platform.ts';
import { signedIn, type RoutePlugin } from '../types.ts';

export const accountRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/accounts',
    {
      config: { guard: { action: 'account.list', scope: { platform: true } } },
      schema: {
        operationId: 'listAccounts',
        tags: ['platform'],
        summary: 'List accounts',
        description: 'The platform’s user accounts. For the platform operator.',
        response: { 200: AccountList },
      },
    },
    async () => listAccounts(ctx),
  );
  app.post(
    '/api/accounts',
    {
      config: { guard: { action: 'account.create', scope: { platform: true } } },
      schema: {
        operationId: 'createAccount',
        tags: ['platform'],
        summary: 'Create an account',
        description:
          'Creates a user account, optionally as the focal point of an actor. For the platform operator.',
        body: CreateAccountCommand,
        response: { 200: AccountView },
      },
    },
    async (req) => createAccount(ctx, signedIn(req).userId, req.body),
  );
};
