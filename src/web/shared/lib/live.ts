// One WebSocket per browser tab to /api/live (docs/live.md): subscriptions by channel and watches
// of negotiating texts, a ping every 20 s, reconnection with backoff, and resumption from the last
// sequence number seen per channel.
import { ServerFrame, type ClientFrame } from '../../../core/schemas/live.ts';

export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What the browser knows of the network (the window's online and offline events). */
interface NetworkLike {
  isOnline(): boolean;
  /** Calls back on every change; answers a function that stops listening. */
  onChange(listener: () => void): () => void;
}

/** The part of the browser's WebSocket this module uses (a fake one stands in for it in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface LiveOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  pingMs?: number;
  /** Delay before reconnection attempt `attempt` (1, 2, …). */
  backoffMs?: (attempt: number) => number;
  /** A socket that has heard nothing for this long is considered dead and replaced. */
  silenceMs?: number;
  network?: NetworkLike;
}

const alwaysOnline: NetworkLike = { isOnline: () => true, onChange: () => () => {} };

const OPEN = 1;

const defaultBackoff = (attempt: number): number =>
  Math.min(30_000, 500 * 2 ** Math.min(attempt - 1, 6)) * (0.8 + Math.random() * 0.4);

type FrameListener = (frame: ServerFrame) => void;

export class LiveConnection {
  private readonly options: Required<LiveOptions>;
  private socket: SocketLike | null = null;
  private stateValue: LiveState = 'idle';
  /** channel id → subscribers and the last seq seen (what a resubscription resumes from). */
  private readonly subs = new Map<string, { count: number; lastSeq: number }>();
  /** text id → how many watchers in this tab follow it. */
  private readonly docs = new Map<string, number>();
  private readonly frameListeners = new Set<FrameListener>();
  private readonly stateListeners = new Set<() => void>();
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private lastHeard = 0;

  constructor(options: LiveOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      pingMs: 20_000,
      backoffMs: defaultBackoff,
      silenceMs: 50_000,
      network: alwaysOnline,
      ...options,
    };
    // The badge must not say "Live" a moment after the network is gone: the browser knows first.
    this.options.network.onChange(() => this.networkChanged());
  }

  private networkChanged(): void {
    if (this.following === 0) return;
    if (!this.options.network.isOnline()) {
      if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
      this.reconnectTimer = null;
      const s = this.socket;
      this.dropSocket();
      s?.close(4001, 'offline');
      this.setState('offline');
      return;
    }
    // Back online: try at once rather than after the backoff grew while nothing could work.
    if (this.socket === null) {
      if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
      this.attempt = 1;
      this.open();
    }
  }

  get state(): LiveState {
    return this.stateValue;
  }

  /** The last sequence number seen on a channel (0 when none). */
  lastSeq(channelId: string): number {
    return this.subs.get(channelId)?.lastSeq ?? 0;
  }

  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  onState(listener: () => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Follows a channel from `afterSeq`; the returned function stops following it. */
  subscribe(channelId: string, afterSeq: number): () => void {
    const existing = this.subs.get(channelId);
    if (existing) {
      existing.count += 1;
    } else {
      this.subs.set(channelId, { count: 1, lastSeq: afterSeq });
      this.send({ type: 'subscribe', channelId, afterSeq });
    }
    this.ensureOpen();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const sub = this.subs.get(channelId);
      if (!sub) return;
      sub.count -= 1;
      if (sub.count > 0) return;
      this.subs.delete(channelId);
      this.send({ type: 'unsubscribe', channelId });
      if (this.following === 0) this.shutDown();
    };
  }

  /** Follows a negotiating text's change notices; the returned function stops following it. */
  watch(textId: string): () => void {
    const count = this.docs.get(textId) ?? 0;
    this.docs.set(textId, count + 1);
    if (count === 0) this.send({ type: 'watch', textId });
    this.ensureOpen();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.docs.get(textId) ?? 0) - 1;
      if (left > 0) {
        this.docs.set(textId, left);
        return;
      }
      if (!this.docs.delete(textId)) return;
      this.send({ type: 'unwatch', textId });
      if (this.following === 0) this.shutDown();
    };
  }

  /** Closes the socket and forgets every subscription (e.g. on sign-out). */
  close(): void {
    this.subs.clear();
    this.docs.clear();
    this.shutDown();
  }

  /** Channels and texts followed: the socket stays open while there is any. */
  private get following(): number {
    return this.subs.size + this.docs.size;
  }

  private setState(next: LiveState): void {
    if (next === this.stateValue) return;
    this.stateValue = next;
    for (const l of this.stateListeners) l();
  }

  private send(frame: ClientFrame): void {
    if (this.socket && this.socket.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }

  private ensureOpen(): void {
    if (this.socket || this.reconnectTimer !== null || this.following === 0) return;
    this.open();
  }

  private open(): void {
    this.reconnectTimer = null;
    this.setState(this.attempt === 0 ? 'connecting' : 'reconnecting');
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.lastHeard = Date.now();
      this.setState('connected');
      // Resume every channel from the last sequence number seen: no gap, no duplicate.
      for (const [channelId, sub] of this.subs) {
        this.send({ type: 'subscribe', channelId, afterSeq: sub.lastSeq });
      }
      for (const textId of this.docs.keys()) this.send({ type: 'watch', textId });
      this.startPing();
    };
    socket.onmessage = (ev) => {
      if (this.socket !== socket) return;
      this.lastHeard = Date.now();
      this.receive(ev.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.dropSocket();
      this.scheduleReconnect();
    };
    socket.onerror = () => {
      // A close event follows; reconnection is handled there.
    };
  }

  private receive(data: unknown): void {
    let json: unknown;
    try {
      json = JSON.parse(typeof data === 'string' ? data : String(data));
    } catch {
      return;
    }
    const parsed = ServerFrame.safeParse(json);
    if (!parsed.success) return;
    const frame = parsed.data;
    if (frame.type === 'message') {
      const sub = this.subs.get(frame.channelId);
      if (!sub) return;
      // The server sends each channel in strict seq order; anything at or below what was seen is a duplicate.
      if (frame.message.seq <= sub.lastSeq) return;
      sub.lastSeq = frame.message.seq;
    }
    if (frame.type === 'revoked') this.subs.delete(frame.channelId);
    if (frame.type === 'unwatched') this.docs.delete(frame.textId);
    for (const l of this.frameListeners) l(frame);
  }

  private startPing(): void {
    this.stopPing();
    this.pingTimer = setInterval(() => {
      if (Date.now() - this.lastHeard > this.options.silenceMs) {
        // No pong, no frame: the connection is dead even if the browser has not noticed.
        const dead = this.socket;
        this.dropSocket();
        dead?.close(4000, 'silent');
        this.scheduleReconnect();
        return;
      }
      this.send({ type: 'ping' });
    }, this.options.pingMs);
  }

  private stopPing(): void {
    if (this.pingTimer !== null) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private dropSocket(): void {
    this.stopPing();
    const s = this.socket;
    this.socket = null;
    if (s) {
      s.onopen = null;
      s.onmessage = null;
      s.onclose = null;
      s.onerror = null;
    }
  }

  private scheduleReconnect(): void {
    if (this.following === 0) {
      this.setState('idle');
      return;
    }
    if (!this.options.network.isOnline()) {
      this.setState('offline');
      return;
    }
    this.attempt += 1;
    this.setState('reconnecting');
    this.reconnectTimer = setTimeout(() => this.open(), this.options.backoffMs(this.attempt));
  }

  private shutDown(): void {
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const s = this.socket;
    this.dropSocket();
    s?.close(1000, 'done');
    this.attempt = 0;
    this.setState('idle');
  }
}

const browserNetwork: NetworkLike = {
  isOnline: () => navigator.onLine,
  onChange: (listener) => {
    window.addEventListener('online', listener);
    window.addEventListener('offline', listener);
    return () => {
      window.removeEventListener('online', listener);
      window.removeEventListener('offline', listener);
    };
  },
};

let shared: LiveConnection | null = null;

/** The tab's one connection, created on first use. */
export function liveConnection(): LiveConnection {
  if (shared === null) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    shared = new LiveConnection({
      url: `${scheme}://${window.location.host}/api/live`,
      network: browserNetwork,
    });
  }
  return shared;
}
