import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextView } from '../../core/texts/schemas.ts';
import { createSetupLink } from '../platform/index.ts';
import { testApp, type Client, type TestApp } from '../testing/harness.ts';
import { bodyFor, routesOf, routeWalkWorld } from '../testing/route-walk.ts';
import { errorHandler } from './errors.ts';
import { loggerOptions } from './logging.ts';

// Everything the log must never hold is marked with this word: one search finds any of it.
const MARK = 'ptarmigan';
const CANARY = {
  password: `${MARK}-password-0451`,
  operatorEmail: `${MARK}.operator@example.test`,
  operatorName: `Ptarmigan Operator`,
  inviteeEmail: `${MARK}.invitee@example.test`,
  inviteeName: `Ptarmigan Invitee`,
  body: `${MARK}: the caucus accepts the monitoring mission`,
  filename: `${MARK}-minutes.txt`,
  fileContent: `${MARK} minutes of the caucus`,
  wording: `${MARK} wording on the ceasefire line`,
  token: `${MARK}TokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
};
/** Fields a route body might take, each a canary: a strict schema refuses them, others read them. */
const CANARY_BODY = Object.fromEntries(
  ['body', 'title', 'name', 'email', 'displayName', 'password', 'text', 'reason', 'rationale'].map(
    (field) => [field, `${MARK}-${field}@example.test`],
  ),
);
const CANARY_HEADERS = { 'user-agent': `${MARK}-agent`, authorization: `Bearer ${CANARY.token}` };

/** A log destination in memory: every line the app writes, as written. */
function memoryLog() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

const log = memoryLog();
let t: TestApp;
/** Secrets the flows made (tokens, cookies): none may reach the log either. */
const secrets: string[] = [];
const keep = (c: Client) => secrets.push(...[c.cookie, c.csrf].filter((s) => s !== undefined));

beforeAll(async () => {
  t = await testApp({}, { logger: { level: 'trace', stream: log.stream } });
}, 60_000);
afterAll(() => t.close());

/** The first operator, through a setup link, with a canary name, address and password. */
async function setUp() {
  const { token } = await createSetupLink(t.ctx);
  secrets.push(token);
  const browser = t.client();
  expect((await browser.get(`/api/setup/${token}`)).statusCode).toBe(200);
  const done = await browser.post(`/api/setup/${token}`, {
    email: CANARY.operatorEmail,
    displayName: CANARY.operatorName,
    password: CANARY.password,
  });
  expect(done.statusCode, done.body).toBe(200);
  keep(browser);
  const again = t.client();
  await again.signIn(CANARY.operatorEmail, CANARY.password);
  keep(again);
  expect((await t.client().post('/api/auth/sign-in', { ...CANARY_BODY })).statusCode).toBe(400);
  const wrong = await t.client().post('/api/auth/sign-in', {
    email: CANARY.operatorEmail,
    password: `${CANARY.password}-wrong`,
  });
  expect(wrong.statusCode).toBe(401);
}

type Walk = Awaited<ReturnType<typeof routeWalkWorld>>;

/** Words that carry secrets, sent through the flows that store them. */
async function talk(walk: Walk) {
  const { head, mediator, ids } = walk;
  keep(head);
  keep(mediator);
  const upload = await head.request(
    'POST',
    `/api/channels/${ids.channels}/attachments?filename=${encodeURIComponent(CANARY.filename)}`,
    Buffer.from(CANARY.fileContent),
    { 'content-type': 'text/plain' },
  );
  expect(upload.statusCode, upload.body).toBe(200);
  const sent = await head.post(`/api/channels/${ids.channels}/messages`, {
    idempotencyKey: `${MARK}-key-1`,
    type: 'statement',
    body: CANARY.body,
    attachmentIds: [upload.json().id],
  });
  expect(sent.statusCode, sent.body).toBe(200);
  expect((await head.get(`/api/attachments/${upload.json().id}`)).statusCode).toBe(200);
  const text = (await head.get(`/api/texts/${ids.texts}`)).json() as TextView;
  const provision = text.revision.provisions[0]!;
  const proposal = await head.post(`/api/texts/${ids.texts}/proposals`, {
    basedOnRevision: text.currentRevision,
    operation: {
      op: 'replace_wording',
      at: { in: 'agreed', provisionId: provision.id, segment: 0 },
      start: 0,
      end: 3,
      text: CANARY.wording,
    },
    rationale: CANARY.wording,
  });
  expect(proposal.statusCode, proposal.body).toBe(200);
}

/** A member invited by name and address, who joins through the link with a canary password. */
async function inviteMember(walk: Walk) {
  const invite = await walk.head.post(`/api/participants/${walk.ids.participants}/member-invites`, {
    email: CANARY.inviteeEmail,
    displayName: CANARY.inviteeName,
    role: 'adviser',
  });
  expect(invite.statusCode, invite.body).toBe(200);
  const { token } = invite.json() as { token: string };
  secrets.push(token);
  const member = t.client();
  expect((await member.get(`/api/member-invites/${token}`)).statusCode).toBe(200);
  const joined = await member.post(`/api/member-invites/${token}/accept`, {
    displayName: CANARY.inviteeName,
    password: CANARY.password,
  });
  expect(joined.statusCode, joined.body).toBe(200);
  keep(member);
}

/** Every route, as each kind of caller, with canaries in its path, query, body and headers. */
async function walkEveryRoute(
  walk: Walk,
  callers: { client: Client; email?: string; password?: string }[],
): Promise<number> {
  let sent = 0;
  for (const route of routesOf(t)) {
    const url = walk.fill(route.url.replace(':token', CANARY.token));
    const query = `${MARK}=${MARK}-query&filename=${encodeURIComponent(CANARY.filename)}`;
    const body = bodyFor(route) && { ...CANARY_BODY };
    for (const caller of callers) {
      await caller.client.request(route.method as never, `${url}?${query}`, body, CANARY_HEADERS);
      sent++;
      // A route that signs the caller out (or ends its sign-in) leaves the next ones unsigned.
      if (caller.email && caller.client.cookie === undefined) {
        await caller.client.signIn(caller.email, caller.password);
        keep(caller.client);
      }
    }
  }
  for (const unknown of [`/api/${MARK}/${CANARY.token}`, `/${MARK}-page?token=${CANARY.token}`])
    await t.client().request('GET', unknown, undefined, CANARY_HEADERS);
  return sent + 2;
}

describe('the log', () => {
  it('holds no words, names, addresses, passwords, file names, tokens or cookies', async () => {
    await setUp();
    const walk = await routeWalkWorld(t);
    await talk(walk);
    await inviteMember(walk);
    const operator = t.client();
    await operator.signIn(CANARY.operatorEmail, CANARY.password);
    const callers = [
      { client: t.client() },
      { client: walk.head, email: walk.world.people.a!.head.email },
      { client: walk.mediator, email: walk.world.people.m!.head.email },
      { client: operator, email: CANARY.operatorEmail, password: CANARY.password },
    ];
    const walked = await walkEveryRoute(walk, callers);
    expect(walked).toBeGreaterThan(4 * 50);

    const text = log.lines.join('');
    // Every request of the walk was logged: the log was listening, at its most talkative.
    const logged = log.lines.filter((line) => line.includes('"msg":"incoming request"'));
    expect(logged.length).toBeGreaterThanOrEqual(walked);
    expect(text.toLowerCase()).not.toContain(MARK);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain('"route":"/api/channels/:id/messages"');
  }, 180_000);
});

describe('an error in the log', () => {
  it('says which query failed, without the values it was sent or the database echoed', async () => {
    const lines = memoryLog();
    const app = Fastify({ logger: loggerOptions({ level: 'trace', stream: lines.stream }) });
    app.setErrorHandler(errorHandler);
    // Shaped as the query builder's error is: the values in its message and fields, a cause.
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'users_email_key',
      detail: `Key (email)=(${CANARY.inviteeEmail}) already exists.`,
    });
    const failed = Object.assign(
      new Error(
        `Failed query: insert into "users" ("email") values ($1)\nparams: ${CANARY.inviteeEmail}`,
      ),
      { query: 'insert into "users" ("email") values ($1)', params: [CANARY.inviteeEmail], cause },
    );
    app.get('/fails/:token', async () => {
      throw failed;
    });
    try {
      const res = await app.inject({ method: 'GET', url: `/fails/${CANARY.token}` });
      expect(res.statusCode).toBe(500);
    } finally {
      await app.close();
    }
    const text = lines.lines.join('');
    expect(text.toLowerCase()).not.toContain(MARK);
    expect(text).toContain('Failed query: insert into \\"users\\"');
    expect(text).toContain('users_email_key');
    expect(text).toContain('"route":"/fails/:token"');
  });
});
