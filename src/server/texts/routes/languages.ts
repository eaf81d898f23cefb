import { IdParams, ErrorBody } from '../../../core/schemas/common.ts';
import {
  LanguageParams,
  LanguagesQuery,
  LanguageVersionsView,
  ReviewTranslationCommand,
  SetLanguageVersionCommand,
  SetVersionStatusCommand,
} from '../../../core/texts/language-schemas.ts';
import { languageVersionsFor } from '../list-language-versions.ts';
import { reviewTranslation } from '../review-translation.ts';
import { setLanguageVersion } from '../set-language-version.ts';
import { setVersionStatus } from '../set-version-status.ts';
import { principalOf, allRoutes, type RoutePlugin } from '../../http/route-types.ts';

/** Misaligned wording is refused with 422 `invalid_structure`, like a badly structured text. */
const view = { 200: LanguageVersionsView, 422: ErrorBody };
/** Room for the wording of a 1,000-provision text in one request, as for creating it. */
const TEXT_BODY_LIMIT = 8 * 1024 * 1024;
const write = { action: 'text.setLanguageVersion', scope: { text: 'id' } } as const;

const listLanguageVersionsRoute: RoutePlugin = (app, ctx) => {
  app.get(
    '/api/texts/:id/languages',
    {
      config: { guard: { action: 'text.read', scope: { text: 'id' } } },
      schema: {
        operationId: 'listLanguageVersions',
        tags: ['texts'],
        summary: 'List language versions',
        description:
          'Every language version of a revision (default the current one), provision by provision, with the provisions that need updating.',
        params: IdParams,
        querystring: LanguagesQuery,
        response: view,
      },
    },
    async (req) => languageVersionsFor(ctx, principalOf(req), req.params.id, req.query.revision),
  );
};

const setLanguageVersionRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/texts/:id/languages/:language',
    {
      config: { guard: write },
      bodyLimit: TEXT_BODY_LIMIT,
      schema: {
        operationId: 'setLanguageVersion',
        tags: ['texts'],
        summary: 'Set a language version',
        description:
          'Adds or updates the wording of a language version for the current revision, aligned provision by provision, and sets its status.',
        params: LanguageParams,
        body: SetLanguageVersionCommand,
        response: view,
      },
    },
    async (req) => {
      const { id, language } = req.params;
      await setLanguageVersion(ctx, principalOf(req), id, language, req.body);
      return languageVersionsFor(ctx, principalOf(req), id);
    },
  );
};

const setLanguageVersionStatusRoute: RoutePlugin = (app, ctx) => {
  app.put(
    '/api/texts/:id/languages/:language/status',
    {
      config: { guard: write },
      schema: {
        operationId: 'setLanguageVersionStatus',
        tags: ['texts'],
        summary: 'Set a language version’s status',
        description: 'Marks a language version authentic or a working translation.',
        params: LanguageParams,
        body: SetVersionStatusCommand,
        response: view,
      },
    },
    async (req) => {
      const { id, language } = req.params;
      await setVersionStatus(ctx, principalOf(req), id, language, req.body);
      return languageVersionsFor(ctx, principalOf(req), id);
    },
  );
};

const reviewTranslationRoute: RoutePlugin = (app, ctx) => {
  app.post(
    '/api/texts/:id/languages/:language/reviews',
    {
      config: { guard: write },
      schema: {
        operationId: 'reviewTranslation',
        tags: ['texts'],
        summary: 'Confirm flagged wording',
        description:
          'Clears the "needs update" flags of provisions whose wording in this language was checked and is still right.',
        params: LanguageParams,
        body: ReviewTranslationCommand,
        response: view,
      },
    },
    async (req) => {
      const { id, language } = req.params;
      await reviewTranslation(ctx, principalOf(req), id, language, req.body);
      return languageVersionsFor(ctx, principalOf(req), id);
    },
  );
};

export const textLanguageRoutes = allRoutes(
  listLanguageVersionsRoute,
  setLanguageVersionRoute,
  setLanguageVersionStatusRoute,
  reviewTranslationRoute,
);
