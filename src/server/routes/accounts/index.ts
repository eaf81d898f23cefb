import { AccountList, AccountView, CreateAccountCommand } from '../../../core/schemas/auth.ts';
import { userRepo } from '../../../db/index.ts';
import { createAccount } from '../../use-cases/platform.ts';
import { errorResponses, signedIn, type RoutePlugin } from '../types.ts';

export const accountRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/accounts',
    {
      config: { guard: { action: 'account.list', scope: { platform: true } } },
      schema: { tags: ['platform'], response: { 200: AccountList, ...errorResponses } },
    },
    async () => ({ accounts: await userRepo.listAccounts(ctx.database.db) }),
  );
  app.post(
    '/api/accounts',
    {
      config: { guard: { action: 'account.create', scope: { platform: true } } },
      schema: {
        tags: ['platform'],
        body: CreateAccountCommand,
        response: { 200: AccountView, ...errorResponses },
      },
    },
    async (req) => createAccount(ctx, signedIn(req).userId, req.body),
  );
};
