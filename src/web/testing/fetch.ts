// A stand-in for the API in component tests: answers by method and path, records every request.
import { vi } from 'vitest';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a component sent: the body parsed as JSON (a Blob for uploads, undefined when empty). */
export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. /api/channels/c1/messages. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

/** An answer: a status and a JSON body (none for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

export interface Route {
  method: Method;
  /** The exact path, or a pattern tested against it (without the query string). */
  path: string | RegExp;
  /** A JSON answer with status 200, or computed from the request (a promise to hold it back). */
  reply: Reply | ((request: RecordedRequest) => Reply | Promise<Reply>);
}

/** A 200 answer with this JSON body. */
export const ok = (body: unknown): Reply => ({ status: 200, body });

/** A refusal in the API's error shape, `{ error: { code, message } }`. */
export const apiError = (status: number, code: string, message = code): Reply => ({
  status,
  body: { error: { code, message } },
});

const matches = (route: Route, request: RecordedRequest) =>
  route.method === request.method &&
  (typeof route.path === 'string' ? route.path === request.path : route.path.test(request.path));

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function bodyOf(init: RequestInit | undefined): unknown {
  const body = init?.body;
  if (body === undefined || body === null || body === '') return undefined;
  return typeof body === 'string' ? JSON.parse(body) : body;
}

/**
 * Replaces `fetch` for this test (setup.ts restores it). The first route matching the method and
 * path answers; any other request gets a 404 `not_found` and is listed by `unmatched()`.
 */
export function stubApi(routes: Route[]) {
  const requests: RecordedRequest[] = [];
  const unmatched: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, 'http://parley.test');
    const request: RecordedRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: headersOf(init),
      body: bodyOf(init),
    };
    requests.push(request);
    const route = routes.find((r) => matches(r, request));
    if (route === undefined) unmatched.push(request);
    const reply = route
      ? typeof route.reply === 'function'
        ? await route.reply(request)
        : route.reply
      : apiError(404, 'not_found');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return {
    /** Every request so far, in order. */
    requests,
    /** The requests no route answered. */
    unmatched: () => [...unmatched],
    /** The requests with this method whose path matches. */
    sent: (method: Method, path: string | RegExp) =>
      requests.filter((r) => matches({ method, path, reply: ok(null) }, r)),
  };
}
