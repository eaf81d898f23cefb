import { z } from 'zod';
import { MeView } from '../../../core/platform/index.ts';
import { IdParams } from '../../../core/schemas/common.ts';
import {
  AcceptMemberInviteCommand,
  CreateMemberInviteCommand,
  MemberInviteCreated,
  MemberInviteInfo,
  RoundView,
} from '../../../core/convening/schemas.ts';
import { acceptMemberInvite } from '../accept-member-invite.ts';
import { createMemberInvite } from '../create-member-invite.ts';
import { describeMemberInvite } from '../describe-member-invite.ts';
import { removeMember } from '../remove-member.ts';
import { restoreMember } from '../restore-member.ts';
import { roundViewFor } from '../present-round.ts';
import { answerSignedIn } from '../../platform/index.ts';
import { roundOf, signedIn, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

const TokenParams = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

const createMemberInviteRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/participants/:id/member-invites',
    {
      config: { guard: { action: 'delegation.manage', scope: { participant: 'id' } } },
      schema: {
        operationId: 'createMemberInvite',
        tags: ['convening'],
        summary: 'Invite a delegation member',
        description:
          'The delegation’s head creates a single-use link for a new member with a role.',
        params: IdParams,
        body: CreateMemberInviteCommand,
        response: { 200: MemberInviteCreated },
      },
    },
    async (req) =>
      createMemberInvite(ctx, signedIn(req).userId, roundOf(req), req.params.id, req.body),
  );
};

const removeMemberRoute: RoutePlugin = (app, ctx) => {
  app.delete(
    '/api/members/:id',
    {
      config: { guard: { action: 'delegation.manage', scope: { member: 'id' } } },
      schema: {
        operationId: 'removeMember',
        tags: ['convening'],
        summary: 'Remove a delegation member',
        description:
          'The delegation’s head removes a member, who loses the round’s channels and texts from the next request on.',
        params: IdParams,
        response: { 200: RoundView },
      },
    },
    async (req) => {
      await removeMember(ctx, signedIn(req).userId, roundOf(req), req.params.id);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const restoreMemberRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/members/:id/restoration',
    {
      config: { guard: { action: 'delegation.manage', scope: { removedMember: 'id' } } },
      schema: {
        operationId: 'restoreMember',
        tags: ['convening'],
        summary: 'Undo the removal of a delegation member',
        description:
          'Within a minute of removing a member, the delegation’s head takes the removal back: the same membership returns, with its role. Later, 409 `invalid_transition` (invite them again).',
        params: IdParams,
        response: { 200: RoundView },
      },
    },
    async (req) => {
      await restoreMember(ctx, signedIn(req).userId, roundOf(req), req.params.id);
      return roundViewFor(ctx, signedIn(req), roundOf(req));
    },
  );
};

const getMemberInviteRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/member-invites/:token',
    {
      config: { guard: { public: 'the secret link itself is the credential' } },
      schema: {
        operationId: 'getMemberInvite',
        tags: ['convening'],
        summary: 'Read a member invite link',
        description:
          'What a member invite link offers (round, delegation, role). The secret link is itself the credential.',
        params: TokenParams,
        response: { 200: MemberInviteInfo },
      },
    },
    async (req) => describeMemberInvite(ctx, req.params.token),
  );
};

const acceptMemberInviteRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/member-invites/:token/accept',
    {
      config: { guard: { public: 'the secret link itself is the credential' } },
      schema: {
        operationId: 'acceptMemberInvite',
        tags: ['convening'],
        summary: 'Join a delegation by invite link',
        description:
          'Accepts a member invite: joins the delegation, creating the account if needed, and signs in.',
        params: TokenParams,
        body: AcceptMemberInviteCommand,
        response: { 200: MeView },
      },
    },
    async (req, reply) =>
      answerSignedIn(
        reply,
        await acceptMemberInvite(
          ctx,
          req.params.token,
          req.body,
          req.headers['user-agent'] ?? null,
        ),
      ),
  );
};

export const delegationRoutes = allRoutes(
  createMemberInviteRoute,
  removeMemberRoute,
  restoreMemberRoute,
  getMemberInviteRoute,
  acceptMemberInviteRoute,
);
