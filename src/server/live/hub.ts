import type { WebSocket } from 'ws';
import { can } from '../../core/policy/index.ts';
import { ClientFrame, type ServerFrame } from '../../core/schemas/live.ts';
import { presentMessage, type AttachmentView } from '../../core/talks/present.ts';
import type { Channel, Message, RoundShape } from '../../core/talks/types.ts';
import { attachmentRepo, talkRepo } from '../../db/index.ts';
import { cachedReads } from '../kernel/cached-reads.ts';
import type { AppContext } from '../kernel/context.ts';
import { channelResource } from '../../core/talks/index.ts';
import { TextWatches } from '../texts/index.ts';
import { parseNotice, type Notice } from '../kernel/notices.ts';

export interface LiveLimits {
  /** Bytes a client may have waiting unsent before it is dropped (it resumes from its last seq). */
  maxBufferedBytes: number;
  heartbeatMs: number;
  backlogPage: number;
}

const defaultLiveLimits: LiveLimits = {
  maxBufferedBytes: 512 * 1024,
  heartbeatMs: 25_000,
  backlogPage: 500,
};

interface Access {
  channel: Channel;
  shape: RoundShape;
  viewer: { participantIds: string[] };
  /** The view is a pure function of the viewer's seats and the round's shape: alike viewers share one frame. */
  frameKey: string;
}

interface Subscription {
  channelId: string;
  roundId: string;
  /** Decided at subscription and again at every membership change in the round, not per message. */
  access: Access;
  /** The last sequence number sent; deliveries are strictly in order, without gaps or repeats. */
  lastSeq: number;
  /** Serializes this subscription's deliveries. */
  chain: Promise<void>;
  /** Work queued on the chain and not yet done: while none is, the next message goes out at once. */
  pending: number;
}

/** A message this instance just committed, with the frames built for it so far. */
interface Hint {
  message: Message;
  files: AttachmentView[];
  /** Encoded once per alike viewer: a plenary sends the same bytes to hundreds of sockets. */
  frames: Map<string, Buffer>;
}

interface Connection {
  user: { userId: string; isOperator: boolean };
  socket: WebSocket;
  subs: Map<string, Subscription>;
  alive: boolean;
}

/** Fans committed messages out to subscribed sockets, each seeing only what it may (invariants 1–3). */
export class LiveHub {
  private readonly connections = new Set<Connection>();
  /** Negotiating texts followed by connections (texts/live.ts). */
  private readonly texts = new TextWatches<Connection>(
    () => this.ctx,
    (conn, frame) => this.send(conn, frame),
  );
  /** The highest sequence number known per channel, raised by every message notice as it arrives. */
  private readonly lastSeqs = new Map<string, number>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: AppContext,
    private readonly limits: LiveLimits = defaultLiveLimits,
  ) {}

  async start(): Promise<void> {
    await this.ctx.database.listen((payload) => {
      const notice = parseNotice(payload);
      if (!notice) return;
      // Another instance changed something cached; 'round' notices may overtake their 'changed'.
      if (notice.type === 'changed' || notice.type === 'round') this.ctx.kernel.readCache.clear();
      if (notice.type === 'message') this.raiseLastSeq(notice.channelId, notice.seq);
      if (notice.type !== 'changed') void this.onNotice(notice);
    });
    this.heartbeat = setInterval(() => this.beat(), this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  stop(): void {
    clearInterval(this.heartbeat);
    for (const c of this.connections) c.socket.terminate();
    this.connections.clear();
  }

  get size() {
    return this.connections.size;
  }

  attach(socket: WebSocket, user: { userId: string; isOperator: boolean }): void {
    const conn: Connection = { user, socket, subs: new Map(), alive: true };
    this.connections.add(conn);
    socket.on('pong', () => {
      conn.alive = true;
    });
    socket.on('close', () => this.connections.delete(conn));
    socket.on('message', (data) => void this.onFrame(conn, data.toString()));
  }

  private beat() {
    for (const c of this.connections) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }

  /** Sends a frame, or its already encoded text. */
  private send(conn: Connection, frame: ServerFrame | string | Buffer): boolean {
    if (conn.socket.readyState !== conn.socket.OPEN) return false;
    // A slow client never stalls the others: past its budget it is dropped and resumes later.
    if (conn.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      conn.socket.close(4008, 'slow consumer: reconnect and resume');
      return false;
    }
    if (Buffer.isBuffer(frame)) conn.socket.send(frame, { binary: false });
    else conn.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    return true;
  }

  private async onFrame(conn: Connection, text: string) {
    let frame: ClientFrame;
    try {
      frame = ClientFrame.parse(JSON.parse(text));
    } catch {
      this.send(conn, { type: 'error', code: 'validation_failed', message: 'Malformed frame.' });
      return;
    }
    if (frame.type === 'ping') this.send(conn, { type: 'pong' });
    else if (frame.type === 'unsubscribe') conn.subs.delete(frame.channelId);
    else if (frame.type === 'watch' || frame.type === 'unwatch') {
      await this.texts.onFrame(conn, frame);
    } else await this.subscribe(conn, frame.channelId, frame.afterSeq);
  }

  private raiseLastSeq(channelId: string, seq: number) {
    this.lastSeqs.set(channelId, Math.max(seq, this.lastSeqs.get(channelId) ?? 0));
  }

  private async lastSeqOf(channel: Channel): Promise<number> {
    if (!this.lastSeqs.has(channel.id)) {
      const fresh = await talkRepo.findChannel(this.ctx.database.db, channel.id);
      this.raiseLastSeq(channel.id, fresh?.lastSeq ?? 0);
    }
    return this.lastSeqs.get(channel.id)!;
  }

  private async mayRead(conn: Connection, channelId: string): Promise<Access | null> {
    try {
      const channel = await cachedReads.channel(this.ctx, channelId);
      const shape = channel && (await cachedReads.shape(this.ctx, channel.roundId));
      if (!channel || !shape) return null;
      const principal = await cachedReads.principal(this.ctx, conn.user, {
        roundId: channel.roundId,
        processId: (await cachedReads.processOfRound(this.ctx, channel.roundId)) ?? null,
      });
      const allowed = can(principal, 'channel.read', channelResource(channel, shape));
      const viewer = { participantIds: principal.seats.map((s) => s.participantId) };
      const frameKey = [
        [...viewer.participantIds].sort().join(','),
        shape.mediatorTeam.join(','),
        shape.participants.map((p) => p.id).join(','),
      ].join('|');
      return allowed ? { channel, shape, viewer, frameKey } : null;
    } catch {
      return null;
    }
  }

  private async subscribe(conn: Connection, channelId: string, afterSeq: number) {
    const access = await this.mayRead(conn, channelId);
    if (!access) {
      // Same answer for a channel that does not exist and one the user may not read.
      this.send(conn, {
        type: 'error',
        code: 'forbidden',
        message: 'You cannot follow this channel.',
        channelId,
      });
      return;
    }
    const sub: Subscription = {
      channelId,
      roundId: access.channel.roundId,
      access,
      lastSeq: afterSeq,
      chain: Promise.resolve(),
      pending: 0,
    };
    conn.subs.set(channelId, sub);
    // Registered before the last seq is read, so a message committed meanwhile reaches it by its notice.
    this.enqueue(conn, sub, async () => {
      const lastSeq = await this.lastSeqOf(access.channel);
      this.send(conn, { type: 'subscribed', channelId, lastSeq });
      if (sub.lastSeq < lastSeq) await this.catchUp(conn, sub);
    });
  }

  private enqueue(conn: Connection, sub: Subscription, work: () => Promise<void>) {
    sub.pending++;
    sub.chain = sub.chain
      .then(work)
      .catch((err: unknown) => {
        this.ctx.onLiveError?.(err);
        conn.subs.delete(sub.channelId);
        this.send(conn, {
          type: 'error',
          code: 'internal',
          message: 'Delivery failed; resubscribe.',
          channelId: sub.channelId,
        });
      })
      .finally(() => {
        sub.pending--;
      });
  }

  /**
   * Sends a just-committed message that is the subscription's next one, with its viewer's frame
   * (serialized once per alike viewer); false when messages are missing before it and the
   * database must fill them in.
   */
  private sendHinted(conn: Connection, sub: Subscription, hint: Hint): boolean {
    // Already sent (read back by a catch-up that overtook its notice): nothing to do.
    if (hint.message.seq <= sub.lastSeq) return true;
    if (hint.message.seq !== sub.lastSeq + 1) return false;
    const { access } = sub;
    let frame = hint.frames.get(access.frameKey);
    if (frame === undefined) {
      frame = Buffer.from(
        JSON.stringify({
          type: 'message',
          channelId: sub.channelId,
          message: presentMessage(
            hint.message,
            access.channel,
            access.shape,
            access.viewer,
            hint.files,
          ),
        } satisfies ServerFrame),
      );
      hint.frames.set(access.frameKey, frame);
    }
    if (this.send(conn, frame)) sub.lastSeq = hint.message.seq;
    return true;
  }

  /** Sends everything after the subscription's last seq: the hinted message alone when it is next, else pages from the database. */
  private async catchUp(conn: Connection, sub: Subscription, hint?: Hint) {
    if (conn.subs.get(sub.channelId) !== sub) return;
    if (hint && this.sendHinted(conn, sub, hint)) return;
    const { access } = sub;
    const viewer = access.viewer;
    for (;;) {
      const page = await talkRepo.messagesAfter(
        this.ctx.database.db,
        sub.channelId,
        sub.lastSeq,
        this.limits.backlogPage,
      );
      const files = await attachmentRepo.attachmentsOf(
        this.ctx.database.db,
        page.map((m) => m.id),
      );
      for (const m of page) {
        if (
          !this.send(conn, {
            type: 'message',
            channelId: sub.channelId,
            message: presentMessage(m, access.channel, access.shape, viewer, files.get(m.id) ?? []),
          })
        )
          return;
        sub.lastSeq = m.seq;
      }
      if (page.length < this.limits.backlogPage) return;
    }
  }

  /**
   * A message already sent changed: each subscriber that has it gets its new view, in its turn
   * (one that has not reached it yet gets the new version when it does).
   */
  private async resend(subscribed: Connection[], channelId: string, messageId: string) {
    const db = this.ctx.database.db;
    const message = await talkRepo.findMessage(db, messageId);
    if (!message || message.channelId !== channelId) return;
    const files = (await attachmentRepo.attachmentsOf(db, [messageId])).get(messageId) ?? [];
    for (const conn of subscribed) {
      const sub = conn.subs.get(channelId)!;
      this.enqueue(conn, sub, async () => {
        if (conn.subs.get(channelId) !== sub || message.seq > sub.lastSeq) return;
        const { access } = sub;
        this.send(conn, {
          type: 'updated',
          channelId,
          message: presentMessage(message, access.channel, access.shape, access.viewer, files),
        });
      });
    }
  }

  private revoke(conn: Connection, sub: Subscription) {
    conn.subs.delete(sub.channelId);
    this.send(conn, { type: 'revoked', channelId: sub.channelId });
  }

  private async onNotice(notice: Exclude<Notice, { type: 'changed' }>) {
    if (notice.type === 'text' || notice.type === 'round') this.texts.onNotice(notice);
    if (notice.type === 'text') return;
    if (notice.type === 'round') {
      // Seats changed: every subscription in the round re-checks its access before anything else is sent.
      for (const conn of this.connections) {
        for (const sub of conn.subs.values()) {
          if (sub.roundId === notice.roundId) {
            this.enqueue(conn, sub, async () => {
              const access = await this.mayRead(conn, sub.channelId);
              if (access) sub.access = access;
              else this.revoke(conn, sub);
            });
          }
        }
      }
      return;
    }
    const subscribed = [...this.connections].filter((c) => c.subs.has(notice.channelId));
    if (subscribed.length === 0) return;
    if (notice.type === 'poll') {
      for (const conn of subscribed) {
        const sub = conn.subs.get(notice.channelId)!;
        this.enqueue(conn, sub, async () => {
          this.send(conn, { type: 'poll', channelId: sub.channelId, pollId: notice.pollId });
        });
      }
      return;
    }
    if (notice.type === 'message_updated') {
      await this.resend(subscribed, notice.channelId, notice.messageId);
      return;
    }
    const committedHere = this.ctx.kernel.committed.take(notice.messageId);
    const message =
      committedHere ?? (await talkRepo.findMessage(this.ctx.database.db, notice.messageId));
    const files =
      message && !committedHere
        ? ((await attachmentRepo.attachmentsOf(this.ctx.database.db, [message.id])).get(
            message.id,
          ) ?? [])
        : [];
    const hint = message ? { message, files, frames: new Map<string, Buffer>() } : undefined;
    for (const conn of subscribed) {
      const sub = conn.subs.get(notice.channelId)!;
      // Nothing queued for this subscription: the next message goes out now, without a turn of
      // the promise chain (a plenary reaches hundreds of sockets).
      if (hint && sub.pending === 0 && this.sendHinted(conn, sub, hint)) continue;
      this.enqueue(conn, sub, () => this.catchUp(conn, sub, hint));
    }
  }
}
