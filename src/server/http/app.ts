import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import fastifySwagger from '@fastify/swagger';
import scalarReference from '@scalar/fastify-api-reference';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { DomainError } from '../../core/errors.ts';
import type { Ports } from '../../core/ports.ts';
import { openDatabase, type Database, type Durability } from '../../db/index.ts';
import { authenticate, checkCsrf } from '../platform/authenticate.ts';
import { createSetupLink, needsSetup } from '../platform/index.ts';
import { authorize, type Guard } from './guard.ts';
import {
  createContext,
  defaultConfig,
  type AppConfig,
  type AppContext,
} from '../kernel/context.ts';
import { errorHandler } from './errors.ts';
import { LiveHub } from '../live/hub.ts';
import { asyncApiDocument } from './asyncapi.ts';
import { documentRoute, openApiDocument } from './openapi.ts';
import { securityHeaders } from './security-headers.ts';
import { FEATURES } from './features.ts';
import { scopeFindersOf } from './feature.ts';
import type { ScopeFinders } from './scopes.ts';
import { scopeKind } from './guard.ts';
import { liveRoutes } from '../live/routes.ts';
import type { App } from './route-types.ts';
import { loggerOptions, type LogSettings } from './logging.ts';
import { instrument, Metrics, serveMetrics } from './metrics.ts';

export const systemPorts = (): Ports => ({
  clock: { now: () => new Date() },
  ids: { next: () => randomUUID() },
});

const DOCS_PREFIX = '/api/docs';
const REFERENCE_TEXTS = ['/api/openapi.json', '/api/asyncapi.json'];

const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
};
const DOCS_CSP = { ...APP_CSP, scriptSrc: ["'self'", "'unsafe-inline'"] };
const PERSONAL_ANSWER = { 'cache-control': 'no-store', vary: 'Cookie' };

export interface RouteEntry {
  method: string;
  url: string;
  guard: Guard;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
    live: LiveHub;
  }
}

export interface BuildOptions {
  logger?: LogSettings | false;
  /** Counts the app's answers and live sockets; served apart from the app (see `serveMetrics`). */
  metrics?: Metrics | undefined;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<App> {
  const app = createServer(ctx, options.logger ?? false);
  const finders = scopeFindersOf(FEATURES);
  requireGuards(app, finders);
  if (options.metrics) instrument(app, options.metrics);
  await app.register(fastifyCookie);
  registerHeaders(app);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new DomainError('rate_limited', 'Too many attempts; wait a minute and try again.'),
  });
  // Swagger collects the routes as they are added, so it comes before any of them.
  await app.register(fastifySwagger, { openapi: openApiDocument, transform: jsonSchemaTransform });
  registerAuth(app, ctx, finders);
  const hub = await registerLive(app, ctx);
  options.metrics?.countSockets(() => hub.size);
  for (const plugin of [...FEATURES.flatMap((f) => f.routes), liveRoutes(hub)]) plugin(app, ctx);
  await registerDocs(app);
  await registerWebClient(app, ctx);
  return app;
}

function createServer(ctx: AppContext, logger: LogSettings | false): App {
  const app = Fastify({
    logger: logger && loggerOptions(logger),
    bodyLimit: ctx.config.bodyLimit,
    trustProxy: ctx.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  return app;
}

/** Every route must say who may call it; a route without a guard stops the server from starting. */
function requireGuards(app: App, finders: ScopeFinders) {
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    route.config ??= {};
    const config = route.config as { guard?: Guard; referencePage?: boolean };
    if (!url.startsWith('/api')) config.guard ??= { public: 'web client' };
    else if (url.startsWith(DOCS_PREFIX) || REFERENCE_TEXTS.includes(url)) {
      config.guard ??= { public: 'API reference' };
      // The reference page boots with an inline script; only its own routes relax the policy.
      (config as { referencePage?: boolean }).referencePage = true;
    } else if (!config.guard)
      throw new Error(`route ${String(route.method)} ${url} declares no guard`);
    else if ('scope' in config.guard && !finders[scopeKind(config.guard.scope)])
      throw new Error(`route ${String(route.method)} ${url}: no feature finds its scope`);
    if (url.startsWith('/api') && !config.referencePage) documentRoute(route, config.guard);
    for (const method of [route.method].flat())
      routeTable.push({ method, url, guard: config.guard });
  });
}

function registerHeaders(app: App) {
  const appHeaders = securityHeaders({ contentSecurityPolicy: { directives: APP_CSP } });
  const docsHeaders = securityHeaders({ contentSecurityPolicy: { directives: DOCS_CSP } });
  app.addHook('onRequest', async (req, reply) => {
    const config = req.routeOptions.config as { referencePage?: boolean } | undefined;
    if (config?.referencePage) {
      reply.headers(docsHeaders);
      return;
    }
    reply.headers(appHeaders);
    // An API answer may depend on who asks: no cache, shared or private, may keep or reuse it.
    if (req.url.startsWith('/api')) reply.headers(PERSONAL_ANSWER);
  });
}

function registerAuth(app: App, ctx: AppContext, finders: ScopeFinders) {
  app.decorateRequest('auth', null);
  app.decorateRequest('access', null);
  app.addHook('onRequest', authenticate(ctx));
  app.addHook('onRequest', checkCsrf);
  // Authorization runs before validation: a caller who may not act learns nothing about their input.
  const decide = authorize(ctx, finders);
  app.addHook('preValidation', async (req) => {
    if (req.is404) return;
    await decide(req);
  });
}

async function registerLive(app: App, ctx: AppContext): Promise<LiveHub> {
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  const hub = new LiveHub(ctx);
  await hub.start();
  app.decorate('live', hub);
  app.addHook('onClose', async () => hub.stop());
  return hub;
}

async function registerDocs(app: App) {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const liveDocument = asyncApiDocument();
  app.get('/api/asyncapi.json', { schema: { hide: true } }, async () => liveDocument);
  await app.register(scalarReference, {
    routePrefix: DOCS_PREFIX,
    // Self-hosted: no fonts from the vendor's CDN.
    configuration: { url: '/api/openapi.json', title: 'Parley API', withDefaultFonts: false },
  });
}

/** The built client, when there is one, answers every GET outside the API (client-side routes). */
async function registerWebClient(app: App, ctx: AppContext) {
  const webRoot = ctx.config.webRoot ? resolve(ctx.config.webRoot) : undefined;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api'))
      return reply.sendFile('index.html');
    return reply.status(404).send({
      error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` },
    });
  });
}

export interface StartOptions {
  port?: number;
  host?: string;
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  durability?: Durability | undefined;
  demo?: boolean;
  /** With no operator account yet, make a one-time link that creates the first one. */
  firstRunSetup?: boolean;
  webRoot?: string | undefined;
  config?: Partial<AppConfig>;
  logger?: LogSettings | false;
  /** Serve Prometheus metrics on this port (0 picks one), apart from the app; none when unset. */
  metricsPort?: number | undefined;
  /** Where the metrics listen: the loopback by default, so only the operator's host scrapes them. */
  metricsHost?: string | undefined;
}

/** The metrics port, when asked for; a port already taken stops the start, leaving nothing open. */
async function serveMetricsOrClose(
  metrics: Metrics,
  options: StartOptions,
  closeApp: () => Promise<void>,
) {
  if (options.metricsPort === undefined) return undefined;
  try {
    return await serveMetrics(metrics, {
      port: options.metricsPort,
      host: options.metricsHost ?? '127.0.0.1',
    });
  } catch (err) {
    await closeApp();
    throw err;
  }
}

/** Opens the database, loads the demo into an empty one, and listens. Used by the CLI and the browser tests. */
export async function startParley(options: StartOptions = {}) {
  const database: Database = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    durability: options.durability,
  });
  const metrics = new Metrics();
  const ctx = createContext({
    database,
    ports: systemPorts(),
    config: { ...defaultConfig, webRoot: options.webRoot, ...options.config },
    onCommit: (seconds) => metrics.committed(seconds),
  });
  let demoLoaded = false;
  if (options.demo) {
    const { loadDemoIfEmpty } = await import('../demo/astana.ts');
    demoLoaded = await loadDemoIfEmpty(ctx);
  }
  const app = await buildApp(ctx, { logger: options.logger ?? false, metrics });
  const address = await app.listen({
    port: options.port ?? 8080,
    host: options.host ?? '127.0.0.1',
  });
  const metricsServer = await serveMetricsOrClose(metrics, options, async () => {
    await app.close();
    await database.close();
  });
  const url = address.replace('[::1]', 'localhost');
  const setup =
    options.firstRunSetup && (await needsSetup(ctx)) ? await createSetupLink(ctx) : undefined;
  return {
    url,
    app,
    ctx,
    demoLoaded,
    /** The database itself, for the CLI's backups (they read a snapshot beside the app). */
    database,
    /** The instance's metrics: the backup job reports to it (`backupSucceeded`). */
    metrics,
    /** Where Prometheus scrapes them, when `metricsPort` was given. */
    metricsUrl: metricsServer?.url,
    /** Shown once, on the console only: whoever opens it creates the first operator account. */
    setup: setup && { url: `${url}/setup/${setup.token}`, expiresAt: setup.expiresAt },
    close: async () => {
      await metricsServer?.close();
      await app.close();
      await database.close();
    },
  };
}
