import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageView } from '../api/types.ts';
import { LiveConnection, type SocketLike } from './live.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
}

const message = (seq: number): MessageView => ({
  id: `m${seq}`,
  relayed: false,
  channelId: 'c1',
  seq,
  type: 'statement',
  body: 'x',
  createdAt: '2017-01-23T10:00:00.000Z',
  replyToId: null,
  correctionOfId: null,
  from: { kind: 'mediators' },
  relayPermission: null,
  relay: null,
  attachments: [],
});

describe('the live connection', () => {
  let sockets: FakeSocket[];
  let live: LiveConnection;
  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    live = new LiveConnection({
      url: 'ws://test/api/live',
      createSocket: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s;
      },
      backoffMs: (n) => n * 1000,
    });
  });
  afterEach(() => {
    live.close();
    vi.useRealTimers();
  });

  it('subscribes on open, drops duplicates, and resumes from the last seq after a drop', () => {
    const seen: number[] = [];
    live.onFrame((f) => {
      if (f.type === 'message') seen.push(f.message.seq);
    });
    live.subscribe('c1', 2);
    expect(live.state).toBe('connecting');
    sockets[0]!.open();
    expect(live.state).toBe('connected');
    expect(sockets[0]!.sent).toEqual([{ type: 'subscribe', channelId: 'c1', afterSeq: 2 }]);
    for (const seq of [3, 4, 4, 2]) {
      sockets[0]!.receive({ type: 'message', channelId: 'c1', message: message(seq) });
    }
    expect(seen).toEqual([3, 4]);

    sockets[0]!.drop();
    expect(live.state).toBe('reconnecting');
    vi.advanceTimersByTime(1000);
    sockets[1]!.open();
    expect(sockets[1]!.sent).toEqual([{ type: 'subscribe', channelId: 'c1', afterSeq: 4 }]);
    expect(live.state).toBe('connected');
  });

  it('pings every 20 seconds and replaces a silent socket', () => {
    live.subscribe('c1', 0);
    sockets[0]!.open();
    vi.advanceTimersByTime(20_000);
    expect(sockets[0]!.sent).toContainEqual({ type: 'ping' });
    vi.advanceTimersByTime(40_000);
    expect(live.state).toBe('reconnecting');
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
  });

  it('watches a text until its last watcher stops, and again after a reconnection', () => {
    const first = live.watch('d1');
    const second = live.watch('d1');
    sockets[0]!.open();
    expect(sockets[0]!.sent).toEqual([{ type: 'watch', textId: 'd1' }]);
    sockets[0]!.drop();
    vi.advanceTimersByTime(1000);
    sockets[1]!.open();
    expect(sockets[1]!.sent).toEqual([{ type: 'watch', textId: 'd1' }]);
    first();
    first();
    expect(sockets[1]!.sent).toHaveLength(1);
    second();
    expect(sockets[1]!.sent.at(-1)).toEqual({ type: 'unwatch', textId: 'd1' });
    expect(live.state).toBe('idle');
  });

  it('forgets a text the server stopped telling about', () => {
    const changes: string[] = [];
    live.onFrame((f) => {
      if (f.type === 'text') changes.push(f.change);
    });
    live.subscribe('c1', 0);
    live.watch('d1');
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'text', textId: 'd1', change: 'revision' });
    sockets[0]!.receive({ type: 'unwatched', textId: 'd1' });
    sockets[0]!.drop();
    vi.advanceTimersByTime(1000);
    sockets[1]!.open();
    expect(changes).toEqual(['revision']);
    expect(sockets[1]!.sent).toEqual([{ type: 'subscribe', channelId: 'c1', afterSeq: 0 }]);
  });

  it('closes when nothing is followed any more', () => {
    const stop = live.subscribe('c1', 0);
    sockets[0]!.open();
    stop();
    expect(sockets[0]!.sent.at(-1)).toEqual({ type: 'unsubscribe', channelId: 'c1' });
    expect(live.state).toBe('idle');
  });

  it('says offline at once when the browser loses the network, and reconnects when it is back', () => {
    let online = true;
    let changed: () => void = () => {};
    const net = new LiveConnection({
      url: 'ws://test/api/live',
      createSocket: () => {
        const s = new FakeSocket();
        sockets.push(s);
        return s;
      },
      backoffMs: () => 60_000,
      network: {
        isOnline: () => online,
        onChange: (l) => {
          changed = l;
          return () => {};
        },
      },
    });
    net.subscribe('c1', 0);
    sockets[0]!.open();
    expect(net.state).toBe('connected');
    online = false;
    changed();
    expect(net.state).toBe('offline');
    expect(sockets[0]!.readyState).toBe(3);
    vi.advanceTimersByTime(120_000);
    expect(sockets).toHaveLength(1);
    online = true;
    changed();
    expect(net.state).toBe('reconnecting');
    sockets[1]!.open();
    expect(net.state).toBe('connected');
    expect(sockets[1]!.sent).toEqual([{ type: 'subscribe', channelId: 'c1', afterSeq: 0 }]);
    net.close();
  });
});
