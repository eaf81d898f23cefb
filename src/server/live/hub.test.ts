import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../core/schemas/live.ts';
import { sharedTestApp } from '../testing/harness.ts';
import { talksWorld } from '../testing/talks-world.ts';
import { LiveHub } from './hub.ts';

const t = sharedTestApp();

/** A socket whose send buffer and liveness the test decides. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  answersPings = true;
  readonly frames: ServerFrame[] = [];
  closedWith: number | undefined;
  terminated = false;
  send(data: string | Buffer) {
    this.frames.push(JSON.parse(data.toString()) as ServerFrame);
  }
  close(code: number) {
    this.closedWith = code;
    this.readyState = 3;
  }
  terminate() {
    this.terminated = true;
    this.readyState = 3;
  }
  ping() {
    if (this.answersPings) queueMicrotask(() => this.emit('pong'));
  }
  asWebSocket() {
    return this as unknown as WebSocket;
  }
}

async function until(predicate: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const messages = (s: FakeSocket) => s.frames.filter((f) => f.type === 'message');

describe('the live hub', () => {
  it('drops a client whose unsent frames pass their budget, and keeps serving the others', async () => {
    const w = await talksWorld(t);
    const caucus = await w.caucus('opp');
    const hub = new LiveHub(t.ctx, {
      maxBufferedBytes: 1024,
      heartbeatMs: 60_000,
      backlogPage: 500,
    });
    await hub.start();
    const slow = new FakeSocket();
    const fine = new FakeSocket();
    hub.attach(slow.asWebSocket(), { userId: w.people.opp!.head.id, isOperator: false });
    hub.attach(fine.asWebSocket(), { userId: w.people.opp!.members[0]!.id, isOperator: false });
    for (const s of [slow, fine]) {
      s.emit(
        'message',
        Buffer.from(JSON.stringify({ type: 'subscribe', channelId: caucus, afterSeq: 0 })),
      );
    }
    await until(() => [slow, fine].every((s) => s.frames.some((f) => f.type === 'subscribed')));

    slow.bufferedAmount = 1025;
    await w.post(w.c.opp, caucus, 'First.');
    await w.post(w.c.opp, caucus, 'Second.');
    await until(() => messages(fine).length === 2);
    expect(slow.closedWith).toBe(4008);
    expect(messages(slow)).toEqual([]);
    hub.stop();
  });

  it('ends a connection that stops answering pings, and keeps one that answers', async () => {
    const w = await talksWorld(t);
    const hub = new LiveHub(t.ctx, {
      maxBufferedBytes: 512 * 1024,
      heartbeatMs: 20,
      backlogPage: 500,
    });
    await hub.start();
    const silent = new FakeSocket();
    silent.answersPings = false;
    const alive = new FakeSocket();
    hub.attach(silent.asWebSocket(), { userId: w.people.gov!.head.id, isOperator: false });
    hub.attach(alive.asWebSocket(), { userId: w.people.opp!.head.id, isOperator: false });
    await until(() => silent.terminated);
    await new Promise((r) => setTimeout(r, 100));
    expect(alive.terminated).toBe(false);
    hub.stop();
  });
});
