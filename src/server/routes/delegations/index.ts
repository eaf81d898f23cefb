import { z } from 'zod';
import { MeView } from '../../../core/schemas/auth.ts';
import { IdParams } from '../../../core/schemas/common.ts';
import {
  AcceptMemberInviteCommand,
  CreateMemberInviteCommand,
  MemberInviteCreated,
  MemberInviteInfo,
  RoundView,
} from '../../../core/schemas/rounds.ts';
import { SESSION_COOKIE } from '../../auth/tokens.ts';
import {
  acceptMemberInvite,
  createMemberInvite,
  describeMemberInvite,
  removeMember,
} from '../../use-cases/delegations.ts';
import { roundViewFor } from '../../use-cases/present-round.ts';
import { COOKIE_OPTIONS } from '../auth/index.ts';
import { errorResponses, roundOf, signedIn, type RoutePlugin } from '../types.ts';

const TokenParams = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

export const delegationRoutes: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/participants/:id/member-invites',
    {
      config: { guard: { action: 'delegation.manage', scope: { participant: 'id' } } },
      schema: {
        tags: ['delegations'],
        params: IdParams,
        body: CreateMemberInviteCommand,
        response: { 200: MemberInviteCreated, ...errorResponses },
      },
    },
    async (req) =>
      createMemberInvite(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/members/:id',
    {
      config: { guard: { action: 'delegation.manage', scope: { member: 'id' } } },
      schema: {
        tags: ['delegations'],
        params: IdParams,
        response: { 200: RoundView, ...errorResponses },
      },
    },
    async (req) => {
      await removeMember(ctx, signedIn(req).userId, roundOf(req), req.params.id);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );

  app.get(
    '/api/member-invites/:token',
    {
      config: { guard: { public: 'the secret link itself is the credential' } },
      schema: {
        tags: ['delegations'],
        params: TokenParams,
        response: { 200: MemberInviteInfo, ...errorResponses },
      },
    },
    async (req) => describeMemberInvite(ctx, req.params.token),
  );

  app.post(
    '/api/member-invites/:token/accept',
    {
      config: { guard: { public: 'the secret link itself is the credential' } },
      schema: {
        tags: ['delegations'],
        params: TokenParams,
        body: AcceptMemberInviteCommand,
        response: { 200: MeView, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { token, me } = await acceptMemberInvite(
        ctx,
        req.params.token,
        req.body,
        req.headers['user-agent'] ?? null,
      );
      reply.setCookie(SESSION_COOKIE, token, COOKIE_OPTIONS);
      return me;
    },
  );
};
