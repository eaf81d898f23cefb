import { z } from 'zod';
import { IdParams } from '../../../core/schemas/common.ts';
import {
  CreateDocumentCommand,
  DeclineProposalCommand,
  DocumentList,
  DocumentQuery,
  DocumentView,
  ExportQuery,
  IssueRevisionCommand,
  OpenAdoptionCommand,
  ProposalList,
  ProposalParams,
  ProposalView,
  ProposeCommand,
  RedlineQuery,
  RedlineView,
  RevisionParams,
  SetTextStanceCommand,
  SignTextCommand,
  WithdrawProposalCommand,
} from '../../../core/schemas/texts.ts';
import type { Principal } from '../../../core/policy/index.ts';
import { roundRepo } from '../../../db/index.ts';
import { printable, toDocx, toPdf } from '../../export/texts.ts';
import {
  canonicalOf,
  createDocument,
  declineProposal,
  documentViewFor,
  exportSource,
  issueRevision,
  listDocuments,
  openTextAdoption,
  proposalsFor,
  propose,
  redlineFor,
  setTextStance,
  signText,
  withdrawProposal,
} from '../../use-cases/texts.ts';
import type { FastifyRequest } from 'fastify';
import { errorResponses, roundOf, type RoutePlugin } from '../types.ts';

const principalOf = (req: FastifyRequest): Principal => {
  const principal = req.access?.principal;
  if (!principal) throw new Error('guarded route reached without a principal');
  return principal;
};

const view = { 200: DocumentView, ...errorResponses };
const tags = ['documents'];

/** Room for a 1,000-provision draft in one request. */
const TEXT_BODY_LIMIT = 8 * 1024 * 1024;

export const documentRoutes: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/rounds/:id/documents',
    {
      config: { guard: { action: 'document.list', scope: { round: 'id' } } },
      schema: { tags, params: IdParams, response: { 200: DocumentList, ...errorResponses } },
    },
    async (req) => listDocuments(ctx, roundOf(req)),
  );

  app.post(
    '/api/rounds/:id/documents',
    {
      config: { guard: { action: 'document.create', scope: { round: 'id' } } },
      // A whole draft arrives at once: the command itself caps provisions and their length.
      bodyLimit: TEXT_BODY_LIMIT,
      schema: { tags, params: IdParams, body: CreateDocumentCommand, response: view },
    },
    async (req) => {
      const id = await createDocument(ctx, principalOf(req), roundOf(req), req.body);
      return documentViewFor(ctx, principalOf(req), id);
    },
  );

  app.get(
    '/api/documents/:id',
    {
      config: { guard: { action: 'document.read', scope: { document: 'id' } } },
      schema: { tags, params: IdParams, querystring: DocumentQuery, response: view },
    },
    async (req) => documentViewFor(ctx, principalOf(req), req.params.id, req.query.revision),
  );

  app.get(
    '/api/documents/:id/proposals',
    {
      config: { guard: { action: 'document.read', scope: { document: 'id' } } },
      schema: { tags, params: IdParams, response: { 200: ProposalList, ...errorResponses } },
    },
    async (req) => proposalsFor(ctx, principalOf(req), req.params.id),
  );

  app.post(
    '/api/documents/:id/proposals',
    {
      config: { guard: { action: 'document.propose', scope: { document: 'id' } } },
      schema: {
        tags,
        params: IdParams,
        body: ProposeCommand,
        response: { 200: ProposalView, ...errorResponses },
      },
    },
    async (req) => propose(ctx, principalOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/documents/:id/proposals/:proposalId/withdraw',
    {
      config: {
        guard: {
          action: 'document.withdrawProposal',
          scope: { document: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: {
        tags,
        params: ProposalParams,
        body: WithdrawProposalCommand,
        response: { 200: ProposalView, ...errorResponses },
      },
    },
    async (req) =>
      withdrawProposal(ctx, principalOf(req), req.params.id, req.params.proposalId, req.body),
  );

  app.post(
    '/api/documents/:id/proposals/:proposalId/decline',
    {
      config: { guard: { action: 'document.declineProposal', scope: { document: 'id' } } },
      schema: {
        tags,
        params: ProposalParams,
        body: DeclineProposalCommand,
        response: { 200: ProposalView, ...errorResponses },
      },
    },
    async (req) =>
      declineProposal(ctx, principalOf(req), req.params.id, req.params.proposalId, req.body),
  );

  app.post(
    '/api/documents/:id/revisions',
    {
      config: { guard: { action: 'document.issueRevision', scope: { document: 'id' } } },
      schema: { tags, params: IdParams, body: IssueRevisionCommand, response: view },
    },
    async (req) => {
      await issueRevision(ctx, principalOf(req), req.params.id, req.body);
      return documentViewFor(ctx, principalOf(req), req.params.id);
    },
  );

  app.get(
    '/api/documents/:id/redline',
    {
      config: { guard: { action: 'document.read', scope: { document: 'id' } } },
      schema: {
        tags,
        params: IdParams,
        querystring: RedlineQuery,
        response: { 200: RedlineView, ...errorResponses },
      },
    },
    async (req) => redlineFor(ctx, principalOf(req), req.params.id, req.query.from, req.query.to),
  );

  app.put(
    '/api/documents/:id/stance',
    {
      config: {
        guard: {
          action: 'document.setStance',
          scope: { document: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: { tags, params: IdParams, body: SetTextStanceCommand, response: view },
    },
    async (req) => {
      await setTextStance(ctx, principalOf(req), req.params.id, req.body);
      return documentViewFor(ctx, principalOf(req), req.params.id);
    },
  );

  app.post(
    '/api/documents/:id/adoption',
    {
      config: { guard: { action: 'document.openAdoption', scope: { document: 'id' } } },
      schema: { tags, params: IdParams, body: OpenAdoptionCommand, response: view },
    },
    async (req) => {
      await openTextAdoption(ctx, principalOf(req), req.params.id, req.body);
      return documentViewFor(ctx, principalOf(req), req.params.id);
    },
  );

  app.post(
    '/api/documents/:id/signatures',
    {
      config: {
        guard: {
          action: 'document.sign',
          scope: { document: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: { tags, params: IdParams, body: SignTextCommand, response: view },
    },
    async (req) => {
      await signText(ctx, principalOf(req), req.params.id, req.body);
      return documentViewFor(ctx, principalOf(req), req.params.id);
    },
  );

  app.get(
    '/api/documents/:id/revisions/:n/canonical',
    {
      config: { guard: { action: 'document.read', scope: { document: 'id' } } },
      schema: {
        tags,
        description:
          'The canonical text (RFC 8785 JSON, format parley.text/1) whose SHA-256 is the revision’s hash.',
        params: RevisionParams,
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const body = await canonicalOf(ctx, req.params.id, req.params.n);
      return reply
        .type('application/json; charset=utf-8')
        .serializer((s) => s as string)
        .send(body);
    },
  );

  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/api/documents/:id/revisions/:n/export.${format}`,
      {
        config: { guard: { action: 'document.read', scope: { document: 'id' } } },
        schema: {
          tags,
          description: `The revision as ${format.toUpperCase()}: clean text, or a redline against an older revision (default the previous one).`,
          params: RevisionParams,
          querystring: ExportQuery,
          response: {
            200: z.any().describe(`the ${format.toUpperCase()} file`),
            ...errorResponses,
          },
        },
      },
      async (req, reply) => {
        const { id, n } = req.params;
        const against =
          req.query.view === 'redline' ? (req.query.against ?? Math.max(1, n - 1)) : null;
        const source = await exportSource(ctx, id, n, against);
        const shape = await roundRepo.roundShape(ctx.database.db, source.doc.roundId);
        const input = printable({
          rev: source.rev,
          older: source.older,
          adopted: source.adopted,
          participantNames: new Map((shape?.participants ?? []).map((p) => [p.id, p.name])),
        });
        const file = format === 'docx' ? await toDocx(input) : await toPdf(input);
        const name = `${
          source.doc.title
            .replace(/[^\p{L}\p{N} _-]+/gu, '')
            .slice(0, 60)
            .trim() || 'text'
        } Rev.${n}${against ? ` redline` : ''}.${format}`;
        return reply
          .type(
            format === 'docx'
              ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
              : 'application/pdf',
          )
          .header(
            'content-disposition',
            `attachment; filename="${name.replace(/[^\x20-\x7e]/gu, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(file);
      },
    );
  }
};
