import { readFileSync } from 'node:fs';
import type { RouteOptions } from 'fastify';
import { ErrorBody } from '../../core/schemas/common.ts';
import type { Guard } from './guard.ts';
import { HTTP_STATUS } from './errors.ts';
import { FEATURES } from './features.ts';

const packageJson = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
) as { version: string; license: string };

/** The capabilities the reference groups operations by: one tag a feature, described by it. */
export const API_TAGS = FEATURES.flatMap((f) =>
  f.description ? [{ name: f.name, description: f.description }] : [],
);

const SESSION = 'parleySignIn';
const CSRF = 'csrfToken';

/** The document's header: what it describes, under which licence, where, and how one signs in. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Parley API',
    version: packageJson.version,
    description:
      'Mediated multi-party negotiations. Sign in with `POST /api/auth/sign-in`, keep the `parley_sign_in` cookie, and send the `csrfToken` it answers with as `x-csrf-token` on every state-changing request. What the caller may not see answers as if it did not exist (404).',
    license: { name: packageJson.license, identifier: packageJson.license },
  },
  servers: [{ url: '/', description: 'This Parley server' }],
  tags: API_TAGS,
  components: {
    securitySchemes: {
      [SESSION]: {
        type: 'apiKey' as const,
        in: 'cookie' as const,
        name: 'parley_sign_in',
        description: 'The sign-in session cookie set by `POST /api/auth/sign-in`.',
      },
      [CSRF]: {
        type: 'apiKey' as const,
        in: 'header' as const,
        name: 'x-csrf-token',
        description:
          'The `csrfToken` of the sign-in session (from the sign-in answer or `GET /api/auth/me`), on every POST, PUT and DELETE.',
      },
    },
  },
};

/** Every error status the server answers with, each naming its stable codes (from the one map). */
const errorResponses = Object.fromEntries(
  [...new Set(Object.values(HTTP_STATUS))].sort().map((status) => [
    status,
    ErrorBody.describe(
      `Error: ${Object.entries(HTTP_STATUS)
        .filter(([, s]) => s === status)
        .map(([code]) => `\`${code}\``)
        .join(', ')}.`,
    ),
  ]),
) as Record<number, typeof ErrorBody>;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Completes a route's entry in the document from its guard, so it cannot drift from what the
 * server enforces: who must sign in (and echo the CSRF token), and every error it may answer.
 */
export function documentRoute(route: RouteOptions, guard: Guard): void {
  const schema = route.schema as (Record<string, unknown> & { hide?: boolean }) | undefined;
  if (!schema || schema.hide) return;
  const safe = [route.method].flat().every((m) => SAFE.has(m));
  schema.security =
    'public' in guard ? [] : [safe ? { [SESSION]: [] } : { [SESSION]: [], [CSRF]: [] }];
  schema.response = { ...errorResponses, ...(schema.response as object | undefined) };
}
