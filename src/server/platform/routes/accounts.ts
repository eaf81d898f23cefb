import {
  AccountList,
  AccountView,
  CreateAccountCommand,
} from '../../../core/platform/auth-schemas.ts';
import { listAccounts } from '../list-accounts.ts';
import { createAccount } from '../create-account.ts';
import { signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const listAccountsRoute: RoutePlugin = (app, ctx) => {
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
};

const createAccountRoute: RoutePlugin = (app, ctx) => {
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

export const accountRoutes = allRoutes(listAccountsRoute, createAccountRoute);
