import { Parser } from '@asyncapi/parser';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientFrame, ServerFrame } from '../../core/schemas/live.ts';
import { HTTP_STATUS } from './errors.ts';
import { API_TAGS } from './openapi.ts';
import { aRound } from '../testing/factories.ts';
import { PASSWORD, testApp, type TestApp } from '../testing/harness.ts';
import { routesOf } from '../testing/route-walk.ts';

// The API documents are a contract for integrators: generated from the routes and frame schemas
// the server runs, checked here against what the server enforces, and used to build a client.

let t: TestApp;
let doc: {
  paths: Record<string, Record<string, Operation>>;
  info: { version: string; license: { identifier: string } };
};
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}

beforeAll(async () => {
  t = await testApp();
  doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
}, 60_000);
afterAll(() => t.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
const asDocumented = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('the OpenAPI document', () => {
  it('names, summarises, describes and tags every operation by capability', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.length).toBeGreaterThan(50);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations()) {
      const where = `${method} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.summary?.length, where).toBeGreaterThan(5);
      expect(op.description?.length, where).toBeGreaterThan(20);
      expect(op.tags, where).toHaveLength(1);
      expect(
        API_TAGS.map((tag) => tag.name),
        where,
      ).toContain(op.tags![0]);
    }
  });

  it('declares the sign-in cookie and the CSRF header exactly where the server requires them', () => {
    const routes = routesOf(t).filter((r) => doc.paths[asDocumented(r.url)]);
    expect(routes.length).toBe(operations().length);
    for (const r of routes) {
      const op = doc.paths[asDocumented(r.url)]![r.method.toLowerCase()]!;
      const expected =
        'public' in r.guard
          ? []
          : r.method === 'GET'
            ? [{ parleySignIn: [] }]
            : [{ parleySignIn: [], csrfToken: [] }];
      expect(op.security, `${r.method} ${r.url}`).toEqual(expected);
    }
  });

  it('lists every error status of the server’s one map on every operation', () => {
    const statuses = [...new Set(Object.values(HTTP_STATUS))].map(String);
    for (const { path, method, op } of operations()) {
      expect(Object.keys(op.responses), `${method} ${path}`).toEqual(
        expect.arrayContaining(statuses),
      );
    }
  });

  it('carries the package’s version and licence', () => {
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.info.license.identifier).toBe('AGPL-3.0-or-later');
  });
});

describe('the AsyncAPI document of the live protocol', () => {
  it('is valid AsyncAPI 3.0 and holds every frame the server parses and sends', async () => {
    const res = await t.app.inject({ url: '/api/asyncapi.json' });
    expect(res.statusCode).toBe(200);
    const { document, diagnostics } = await new Parser().parse(res.body);
    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    const names = document!
      .allMessages()
      .all()
      .map((m) => m.name());
    const frames = [...ClientFrame.options, ...ServerFrame.options].map((o) => o.shape.type.value);
    expect(names.sort()).toEqual([...frames].sort());
  });
});

const PROGRAM = `
import type { paths } from './parley-api.ts';

type Json<T> = NonNullable<T> extends { content: { 'application/json': infer B } } ? B : never;
type SignIn = Json<paths['/api/auth/sign-in']['post']['requestBody']>;
type Me = Json<paths['/api/auth/sign-in']['post']['responses'][200]>;
type Processes = Json<paths['/api/processes']['get']['responses'][200]>;
type Channels = Json<paths['/api/rounds/{id}/channels']['get']['responses'][200]>;
type Messages = Json<paths['/api/channels/{id}/messages']['get']['responses'][200]>;
type Post = Json<paths['/api/channels/{id}/messages']['post']['requestBody']>;
type Posted = Json<paths['/api/channels/{id}/messages']['post']['responses'][200]>;

const base = process.env.PARLEY_URL!;
let cookie = '';
let csrf = '';
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: {
      cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(method + ' ' + path + ': ' + res.status + ' ' + (await res.text()));
  const set = res.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0]!;
  return (await res.json()) as T;
}

const credentials: SignIn = { email: process.env.PARLEY_EMAIL!, password: process.env.PARLEY_PASSWORD! };
const me = await call<Me>('POST', '/api/auth/sign-in', credentials);
csrf = me.csrfToken;
const processes = await call<Processes>('GET', '/api/processes');
const roundId = processes.processes[0]!.rounds[0]!.id;
const { channels } = await call<Channels>('GET', '/api/rounds/' + roundId + '/channels');
const caucus = channels.find((c) => c.kind === 'caucus')!;
const message: Post = { idempotencyKey: 'typed-client-1', type: 'statement', body: 'From a typed client.' };
const posted = await call<Posted>('POST', '/api/channels/' + caucus.id + '/messages', message);
const read = await call<Messages>('GET', '/api/channels/' + caucus.id + '/messages?after=0');
console.log(JSON.stringify({ seq: posted.seq, bodies: read.messages.map((m) => m.body) }));
`;

describe('a client generated from the OpenAPI document', () => {
  it('compiles, then signs in, reads a channel and posts a message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-client-'));
    try {
      writeFileSync(join(dir, 'parley-api.ts'), astToString(await openapiTS(doc as never)));
      writeFileSync(join(dir, 'program.ts'), PROGRAM);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      const program = ts.createProgram([join(dir, 'program.ts')], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        allowImportingTsExtensions: true,
        types: ['node'],
        typeRoots: [join(process.cwd(), 'node_modules/@types')],
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(problems).toEqual([]);

      const w = await aRound(t, { opp: { capacity: 'party' } });
      const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', join(dir, 'program.ts')],
        {
          env: {
            ...process.env,
            PARLEY_URL: url,
            PARLEY_EMAIL: w.people.opp!.head.email,
            PARLEY_PASSWORD: PASSWORD,
          },
          cwd: process.cwd(),
        },
      );
      expect(JSON.parse(stdout)).toEqual({ seq: 1, bodies: ['From a typed client.'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
