import { IdParams } from '../../../core/schemas/common.ts';
import {
  DeclineProposalCommand,
  ProposalList,
  ProposalParams,
  ProposalView,
  ProposeCommand,
  WithdrawProposalCommand,
} from '../../../core/texts/schemas.ts';
import { proposalsFor } from '../list-proposals.ts';
import { declineProposal } from '../decline-proposal.ts';
import { propose } from '../propose.ts';
import { withdrawProposal } from '../withdraw-proposal.ts';
import { principalOf, type RoutePlugin } from '../../http/route-types.ts';

export const listProposalsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/texts/:id/proposals',
    {
      config: { guard: { action: 'text.read', scope: { text: 'id' } } },
      schema: {
        operationId: 'listProposals',
        tags: ['texts'],
        summary: 'List proposals',
        description:
          'Proposals on the text: all for penholders, one’s own delegation’s, and those taken into a revision.',
        params: IdParams,
        response: { 200: ProposalList },
      },
    },
    async (req) => proposalsFor(ctx, principalOf(req), req.params.id),
  );
};

export const proposeChangeRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/proposals',
    {
      config: { guard: { action: 'text.propose', scope: { text: 'id' } } },
      schema: {
        operationId: 'proposeChange',
        tags: ['texts'],
        summary: 'Propose a change',
        description:
          'Proposes one operation (replace, insert or delete wording, brackets, options, provisions) against the current revision.',
        params: IdParams,
        body: ProposeCommand,
        response: { 200: ProposalView },
      },
    },
    async (req) => propose(ctx, principalOf(req), req.params.id, req.body),
  );
};

export const withdrawProposalRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/proposals/:proposalId/withdraw',
    {
      config: {
        guard: {
          action: 'text.withdrawProposal',
          scope: { text: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: {
        operationId: 'withdrawProposal',
        tags: ['texts'],
        summary: 'Withdraw a proposal',
        description: 'The proposing delegation withdraws an open proposal of its own.',
        params: ProposalParams,
        body: WithdrawProposalCommand,
        response: { 200: ProposalView },
      },
    },
    async (req) =>
      withdrawProposal(ctx, principalOf(req), req.params.id, req.params.proposalId, req.body),
  );
};

export const declineProposalRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/proposals/:proposalId/decline',
    {
      config: { guard: { action: 'text.declineProposal', scope: { text: 'id' } } },
      schema: {
        operationId: 'declineProposal',
        tags: ['texts'],
        summary: 'Decline a proposal',
        description:
          'A penholder declines an open proposal, with an optional reason seen by the proposer and the penholders.',
        params: ProposalParams,
        body: DeclineProposalCommand,
        response: { 200: ProposalView },
      },
    },
    async (req) =>
      declineProposal(ctx, principalOf(req), req.params.id, req.params.proposalId, req.body),
  );
};
