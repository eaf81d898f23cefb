import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedPorts } from '../../core/ports.ts';
import { openPostgres, type Database } from '../../db/index.ts';
import { buildApp } from '../http/app.ts';
import { createContext, defaultConfig } from '../kernel/context.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { liveClient, messagesIn } from '../testing/live-client.ts';
import { key, talksWorld } from '../testing/talks-world.ts';

// Two Parley instances on one PostgreSQL: a message sent through one reaches sockets held by the other.

let first: TestApp;
let secondDb: Database;
let second: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  if (process.env.PARLEY_TEST_DB !== 'postgres')
    throw new Error('run with PARLEY_TEST_DB=postgres (npm run test:postgres)');
  first = await testApp();
  secondDb = await openPostgres(first.database.url!, { max: 4 });
  second = await buildApp(
    createContext({
      database: secondDb,
      ports: fixedPorts(new Date('2017-01-20T09:00:00Z'), 'second'),
      config: defaultConfig,
    }),
  );
  await second.ready();
});
afterAll(async () => {
  await second?.close();
  await secondDb?.close();
  await first?.close();
});

describe('several instances on one PostgreSQL', () => {
  it('deliver each other’s messages to their own sockets, in order, through LISTEN/NOTIFY', async () => {
    const w = await talksWorld(first);
    const socketOnSecond = await second.injectWS('/api/live', {
      headers: { cookie: `parley_sign_in=${w.c.opp.cookie}` },
    });
    const frames: { type: string; channelId?: string; message?: { seq: number; body: string } }[] =
      [];
    socketOnSecond.on('message', (d: Buffer) => frames.push(JSON.parse(d.toString())));
    socketOnSecond.send(JSON.stringify({ type: 'subscribe', channelId: w.plenary, afterSeq: 0 }));
    const localSocket = await liveClient(first, w.c.us);
    localSocket.send({ type: 'subscribe', channelId: w.plenary, afterSeq: 0 });
    await localSocket.until((f) => f.some((x) => x.type === 'subscribed'));
    const deadline = Date.now() + 5_000;
    while (!frames.some((f) => f.type === 'subscribed') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));

    for (const body of ['One.', 'Two.', 'Three.'])
      expect((await w.post(w.c.gov, w.plenary, body)).statusCode).toBe(200);

    while (frames.filter((f) => f.type === 'message').length < 3 && Date.now() < deadline + 5_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(
      frames.filter((f) => f.type === 'message').map((f) => [f.message!.seq, f.message!.body]),
    ).toEqual([
      [1, 'One.'],
      [2, 'Two.'],
      [3, 'Three.'],
    ]);
    await localSocket.until((f) => messagesIn(f, w.plenary).length === 3);
    socketOnSecond.terminate();
    localSocket.close();
  });

  it('forget cached seats when another instance removes a member', async () => {
    const w = await talksWorld(first);
    const caucus = await w.caucus('opp');
    const postOnSecond = (body: string) =>
      second.inject({
        method: 'POST',
        url: `/api/channels/${caucus}/messages`,
        headers: {
          cookie: `parley_sign_in=${w.c.oppSpokesperson.cookie}`,
          'x-csrf-token': w.c.oppSpokesperson.csrf!,
        },
        payload: { idempotencyKey: key(), type: 'statement', body },
      });
    // The second instance now holds the spokesperson's seats in memory.
    expect((await postOnSecond('Before.')).statusCode).toBe(200);
    const roster = (await w.c.opp.get(`/api/rounds/${w.roundId}`))
      .json()
      .participants.find((p: { id: string }) => p.id === w.people.opp!.participantId).delegation;
    const spokesperson = roster.find((m: { role: string }) => m.role === 'spokesperson').id;
    expect((await w.c.opp.del(`/api/members/${spokesperson}`)).statusCode).toBe(200);

    // The change reaches the second instance as a notice; until then it may still answer from memory.
    const deadline = Date.now() + 5_000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await postOnSecond('After?')).statusCode;
      if (status === 200) await new Promise((r) => setTimeout(r, 10));
    }
    // Out of the caucus's audience now: it no longer exists for the removed member.
    expect(status).toBe(404);
  });
});
