// bench/relay's HTTP side: waiting for a server, signing in, and seating the bench's clients as
// members of the demo's delegations. Used by bench/relay.ts.
import type { ChildProcess } from 'node:child_process';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/server/demo/accounts.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A seated member: its session and the channels it reads (and may post in). */
export interface Client {
  cookie: string;
  csrf: string;
  channels: { id: string; canPost: boolean; lastSeq: number }[];
}

export async function waitHealthy(base: string, child: ChildProcess) {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await sleep(100);
  }
  throw new Error('server did not start');
}

async function json(res: Response) {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

async function signIn(base: string, email: string, password = DEMO_PASSWORD) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const me = (await json(res)) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: me.csrfToken };
}

export const call = (
  base: string,
  s: { cookie: string; csrf: string },
  path: string,
  body?: unknown,
  method = body ? 'POST' : 'GET',
) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
    ...(body ? { body: JSON.stringify(body) } : {}),
  }).then(json);

/** Seats `count` members across the demo's delegations through their heads' invite links. */
export async function seatClients(
  base: string,
  count: number,
): Promise<{ clients: Client[]; roundId: string }> {
  const heads = DEMO_ACCOUNTS.filter((a) => a.actor && !a.email.startsWith('other-groups'));
  const sessions = await Promise.all(heads.map((h) => signIn(base, h.email)));
  const { processes } = (await call(base, sessions[0]!, '/api/processes')) as {
    processes: { rounds: { id: string }[] }[];
  };
  const roundId = processes[0]!.rounds[0]!.id;
  const round = (await call(base, sessions[0]!, `/api/rounds/${roundId}`)) as {
    participants: { id: string; actor: { name: string } }[];
  };
  const headOf = await Promise.all(
    sessions.map(
      async (s) =>
        ((await call(base, s, `/api/rounds/${roundId}`)) as { viewer: { headOf: string[] } }).viewer
          .headOf[0]!,
    ),
  );
  void round;
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % sessions.length;
    const link = (await call(base, sessions[k]!, `/api/participants/${headOf[k]}/member-invites`, {
      email: `bench-${i}@parley.test`,
      displayName: `Bench member ${i}`,
      role: 'member',
    })) as { token: string };
    const res = await fetch(`${base}/api/member-invites/${link.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: `Bench member ${i}`, password: 'bench-password-1' }),
    });
    const me = (await json(res)) as { csrfToken: string };
    clients.push({
      cookie: res.headers.get('set-cookie')!.split(';')[0]!,
      csrf: me.csrfToken,
      channels: [],
    });
  }
  for (const c of clients) {
    c.channels = (
      (await call(base, c, `/api/rounds/${roundId}/channels`)) as { channels: Client['channels'] }
    ).channels;
  }
  return { clients, roundId };
}
