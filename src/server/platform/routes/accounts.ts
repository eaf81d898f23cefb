import {
  AccountList,
  AccountView,
  CreateAccountCommand,
  EditAccountCommand,
} from '../../../core/platform/auth-schemas.ts';
import { IdParams } from '../../../core/schemas/common.ts';
import { listAccounts } from '../list-accounts.ts';
import { createAccount } from '../create-account.ts';
import { disableAccount } from '../disable-account.ts';
import { editAccount } from '../edit-account.ts';
import { enableAccount } from '../enable-account.ts';
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

const editAccountRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/accounts/:id',
    {
      config: { guard: { action: 'account.edit', scope: { account: 'id' } } },
      schema: {
        operationId: 'editAccount',
        tags: ['platform'],
        summary: 'Edit an account',
        description:
          'Sets the name an account goes by (its email, the sign-in, stays). For the platform operator.',
        params: IdParams,
        body: EditAccountCommand,
        response: { 200: AccountView },
      },
    },
    async (req) => editAccount(ctx, signedIn(req).userId, req.params.id, req.body),
  );
};

const disableAccountRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/accounts/:id/disable',
    {
      config: { guard: { action: 'account.disable', scope: { account: 'id' } } },
      schema: {
        operationId: 'disableAccount',
        tags: ['platform'],
        summary: 'Disable an account',
        description:
          'The account can no longer sign in, and every sign-in it has ends at once; its memberships stay. Not one’s own account (409 `invalid_transition`). For the platform operator.',
        params: IdParams,
        response: { 200: AccountView },
      },
    },
    async (req) => disableAccount(ctx, signedIn(req).userId, req.params.id),
  );
};

const enableAccountRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/accounts/:id/enable',
    {
      config: { guard: { action: 'account.enable', scope: { account: 'id' } } },
      schema: {
        operationId: 'enableAccount',
        tags: ['platform'],
        summary: 'Enable a disabled account',
        description:
          'A disabled account may sign in again; the sign-ins ended when it was disabled stay ended. For the platform operator.',
        params: IdParams,
        response: { 200: AccountView },
      },
    },
    async (req) => enableAccount(ctx, signedIn(req).userId, req.params.id),
  );
};

export const accountRoutes = allRoutes(
  listAccountsRoute,
  createAccountRoute,
  editAccountRoute,
  disableAccountRoute,
  enableAccountRoute,
);
