import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedPorts } from '../../core/ports.ts';
import { uncatalogued } from '../../core/record/events.ts';
import { openTestDatabase, recordRepo, type Database } from '../../db/index.ts';
import { buildApp, type BuildOptions } from '../http/app.ts';
import type { App } from '../http/route-types.ts';
import { createContext, defaultConfig, type AppConfig, type Decision } from '../kernel/context.ts';
import type { Placement } from '../kernel/message-log.ts';
import { SIGN_IN_COOKIE } from '../platform/tokens.ts';
import { sharedForFile } from './shared.ts';

export const PASSWORD = 'correct horse battery';

/**
 * A Parley app on a fresh database with a settable clock; the caller closes it. Silent unless
 * given a logger; counting into `metrics` (its commits too) when given them.
 */
export async function testApp(config: Partial<AppConfig> = {}, options: BuildOptions = {}) {
  const database = await openTestDatabase();
  const ports = fixedPorts(new Date('2017-01-20T09:00:00Z'));
  const { metrics } = options;
  const decisions: Decision[] = [];
  /** How the instance's message batches found their places, counted. */
  const placed: Record<Placement, number> = { guessed: 0, missed: 0, read: 0 };
  const ctx = createContext({
    database,
    ports,
    config: { ...defaultConfig, signInRateLimit: { max: 1000, timeWindowMs: 60_000 }, ...config },
    onDecision: (d: Decision) => decisions.push(d),
    onPlaced: (how) => placed[how]++,
    onCommit: metrics && ((seconds) => metrics.committed(seconds)),
  });
  const app = await buildApp(ctx, options);
  await app.ready();

  return {
    app,
    ctx,
    /** The database itself, for tests that play another writer behind the app's back. */
    database,
    ports,
    decisions,
    placed,
    client: () => client(app),
    /** A new client, signed in as this account. */
    signedIn: async (email: string) => {
      const c = client(app);
      await c.signIn(email);
      return c;
    },
    recordLength: async () => (await recordRepo.readChain(database.db)).events.length,
    /** Closes the app, and fails if any event it recorded is outside the record's catalog. */
    close: () => closeCheckingRecord(app, database),
  };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
export type Client = ReturnType<TestApp['client']>;

/** A client that keeps its session cookie and CSRF token, like a browser tab. */
function client(app: App) {
  let cookie: string | undefined;
  let csrf: string | undefined;
  const request = async (
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie: `${SIGN_IN_COOKIE}=${cookie}` } : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const set = res.cookies.find((c) => c.name === SIGN_IN_COOKIE);
    if (set) cookie = set.value || undefined;
    const json = safeJson(res);
    if (json && typeof json === 'object' && 'csrfToken' in json) csrf = String(json.csrfToken);
    return res;
  };
  return {
    request,
    get: (url: string) => request('GET', url),
    post: (url: string, body?: unknown, headers?: Record<string, string>) =>
      request('POST', url, body ?? {}, headers),
    put: (url: string, body?: unknown) => request('PUT', url, body ?? {}),
    del: (url: string) => request('DELETE', url),
    signIn: async (email: string, password = PASSWORD) => {
      const res = await request('POST', '/api/auth/sign-in', { email, password });
      if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.body}`);
      return res;
    },
    get cookie() {
      return cookie;
    },
    get csrf() {
      return csrf;
    },
  };
}

// The record is read before closing: afterwards the database is gone.
async function closeCheckingRecord(app: App, database: Database) {
  const { events } = await recordRepo.readChain(database.db);
  await app.close();
  await database.close();
  const problems = events.flatMap((e) => {
    const problem = uncatalogued(e);
    return problem ? [`event ${e.seq}: ${problem}`] : [];
  });
  if (problems.length > 0) throw new Error(`Uncatalogued record events:\n${problems.join('\n')}`);
}

function safeJson(res: LightMyRequestResponse): unknown {
  try {
    return res.json();
  } catch {
    return undefined;
  }
}

/** One app on a fresh database for the whole test file, closed (and its record checked) after it. */
export const sharedTestApp = (config: Partial<AppConfig> = {}, options: BuildOptions = {}) =>
  sharedForFile(
    () => testApp(config, options),
    (t) => t.close(),
  );
