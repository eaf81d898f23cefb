import { z } from 'zod';
import { IdParams } from '../../../core/schemas/common.ts';
import {
  CreateTextCommand,
  TextListView,
  TextQuery,
  ExportQuery,
  IssueRevisionCommand,
  OpenAdoptionCommand,
  RedlineQuery,
  RedlineView,
  RevisionParams,
  SetTextStanceCommand,
  SignTextCommand,
} from '../../../core/texts/schemas.ts';
import { printable, toDocx, toPdf } from '../export/texts.ts';
import { canonicalOf } from '../read-canonical.ts';
import { textViewFor } from '../view-text.ts';
import { exportSource } from '../export-source.ts';
import { listTexts } from '../list-texts.ts';
import { redlineFor } from '../view-redline.ts';
import { createText } from '../create-text.ts';
import { issueRevision } from '../issue-revision.ts';
import { setTextStance } from '../set-text-stance.ts';
import { openTextAdoption } from '../open-adoption.ts';
import { signText } from '../sign-text.ts';
import { allRoutes, principalOf, roundOf, type RoutePlugin } from '../../http/route-types.ts';
import {
  declineProposalRoute,
  listProposalsRoute,
  proposeChangeRoute,
  withdrawProposalRoute,
} from './proposals.ts';
import { view } from './text-route-parts.ts';

/** Room for a 1,000-provision draft in one request. */
const TEXT_BODY_LIMIT = 8 * 1024 * 1024;

/** A revision's exports, one route a format, clean or redline. */
const exportRoutes: RoutePlugin = (app, ctx) => {
  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/api/texts/:id/revisions/:n/export.${format}`,
      {
        config: { guard: { action: 'text.read', scope: { text: 'id' } } },
        schema: {
          operationId: format === 'docx' ? 'exportRevisionDocx' : 'exportRevisionPdf',
          tags: ['texts'],
          summary: `Export a revision as ${format.toUpperCase()}`,
          description: `The revision as ${format.toUpperCase()}: clean text, or a redline against an older revision (default the previous one).`,
          params: RevisionParams,
          querystring: ExportQuery,
          response: {
            200: z.any().describe(`the ${format.toUpperCase()} file`),
          },
        },
      },
      async (req, reply) => {
        const { id, n } = req.params;
        const against =
          req.query.view === 'redline' ? (req.query.against ?? Math.max(1, n - 1)) : null;
        const source = await exportSource(ctx, id, n, against);
        const input = printable(source);
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

const listTextsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/rounds/:id/texts',
    {
      config: { guard: { action: 'text.list', scope: { round: 'id' } } },
      schema: {
        operationId: 'listTexts',
        tags: ['texts'],
        summary: 'List a round’s negotiating texts',
        description: 'The round’s negotiating texts with their current revision and state.',
        params: IdParams,
        response: { 200: TextListView },
      },
    },
    async (req) => listTexts(ctx, roundOf(req)),
  );
};

const createTextRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/rounds/:id/texts',
    {
      config: { guard: { action: 'text.create', scope: { round: 'id' } } },
      // A whole draft arrives at once: the command itself caps provisions and their length.
      bodyLimit: TEXT_BODY_LIMIT,
      schema: {
        operationId: 'createText',
        tags: ['texts'],
        summary: 'Create a negotiating text',
        description: 'Creates a text and issues its Rev.1; the creator must hold the pen it sets.',
        params: IdParams,
        body: CreateTextCommand,
        response: view,
      },
    },
    async (req) => {
      const id = await createText(ctx, principalOf(req), roundOf(req), req.body);
      return textViewFor(ctx, principalOf(req), id);
    },
  );
};

const getTextRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/texts/:id',
    {
      config: { guard: { action: 'text.read', scope: { text: 'id' } } },
      schema: {
        operationId: 'getText',
        tags: ['texts'],
        summary: 'Get a negotiating text',
        description:
          'A revision (the current one by default) as the caller may see it: provisions, brackets, options, states and stances as allowed.',
        params: IdParams,
        querystring: TextQuery,
        response: view,
      },
    },
    async (req) => textViewFor(ctx, principalOf(req), req.params.id, req.query.revision),
  );
};

const issueRevisionRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/revisions',
    {
      config: { guard: { action: 'text.issueRevision', scope: { text: 'id' } } },
      schema: {
        operationId: 'issueRevision',
        tags: ['texts'],
        summary: 'Issue a revision',
        description:
          'A penholder issues the next revision, taking proposals in and cleaning brackets.',
        params: IdParams,
        body: IssueRevisionCommand,
        response: view,
      },
    },
    async (req) => {
      await issueRevision(ctx, principalOf(req), req.params.id, req.body);
      return textViewFor(ctx, principalOf(req), req.params.id);
    },
  );
};

const getRedlineRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/texts/:id/redline',
    {
      config: { guard: { action: 'text.read', scope: { text: 'id' } } },
      schema: {
        operationId: 'getRedline',
        tags: ['texts'],
        summary: 'Compare two revisions',
        description:
          'The redline between two revisions: what was deleted and inserted, with attribution as allowed.',
        params: IdParams,
        querystring: RedlineQuery,
        response: { 200: RedlineView },
      },
    },
    async (req) => redlineFor(ctx, principalOf(req), req.params.id, req.query.from, req.query.to),
  );
};

const setTextStanceRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/texts/:id/stance',
    {
      config: {
        guard: {
          action: 'text.setStance',
          scope: { text: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: {
        operationId: 'setTextStance',
        tags: ['texts'],
        summary: 'Set a party’s stance on a provision',
        description:
          'A party’s head, deputy or spokesperson agrees, agrees ad referendum, objects or reserves on a provision.',
        params: IdParams,
        body: SetTextStanceCommand,
        response: view,
      },
    },
    async (req) => {
      await setTextStance(ctx, principalOf(req), req.params.id, req.body);
      return textViewFor(ctx, principalOf(req), req.params.id);
    },
  );
};

const openAdoptionRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/adoption',
    {
      config: { guard: { action: 'text.openAdoption', scope: { text: 'id' } } },
      schema: {
        operationId: 'openAdoption',
        tags: ['texts'],
        summary: 'Open the adoption',
        description:
          'A penholder opens the adoption of the current, fully agreed revision, naming its signatories.',
        params: IdParams,
        body: OpenAdoptionCommand,
        response: view,
      },
    },
    async (req) => {
      await openTextAdoption(ctx, principalOf(req), req.params.id, req.body);
      return textViewFor(ctx, principalOf(req), req.params.id);
    },
  );
};

const signTextRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/signatures',
    {
      config: {
        guard: {
          action: 'text.sign',
          scope: { text: 'id', ownerFromBody: 'participantId' },
        },
      },
      schema: {
        operationId: 'signText',
        tags: ['texts'],
        summary: 'Sign the adopted text',
        description:
          'The head or deputy of a listed signatory signs; the text is adopted when every signatory has.',
        params: IdParams,
        body: SignTextCommand,
        response: view,
      },
    },
    async (req) => {
      await signText(ctx, principalOf(req), req.params.id, req.body);
      return textViewFor(ctx, principalOf(req), req.params.id);
    },
  );
};

const getCanonicalRevisionRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/texts/:id/revisions/:n/canonical',
    {
      config: { guard: { action: 'text.read', scope: { text: 'id' } } },
      schema: {
        operationId: 'getCanonicalRevision',
        tags: ['texts'],
        summary: 'Get a revision’s canonical text',
        description:
          'The canonical text (RFC 8785 JSON, format parley.text/1) whose SHA-256 is the revision’s hash.',
        params: RevisionParams,
        response: { 200: z.string() },
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
};

export const textRoutes = allRoutes(
  listTextsRoute,
  createTextRoute,
  getTextRoute,
  listProposalsRoute,
  proposeChangeRoute,
  withdrawProposalRoute,
  declineProposalRoute,
  issueRevisionRoute,
  getRedlineRoute,
  setTextStanceRoute,
  openAdoptionRoute,
  signTextRoute,
  getCanonicalRevisionRoute,
  exportRoutes,
);
