import type { WebSocket } from 'ws';
import type { ServerFrame } from '../../core/schemas/live.ts';
import { learnsOf, type TextReader } from '../../core/texts/present.ts';
import type { AppContext } from '../kernel/context.ts';
import { textReaderFor } from './text-presenters.ts';
import type { Notice } from '../kernel/notices.ts';

/** The part of a hub connection a text watch uses. */
export interface Watcher {
  user: { userId: string; isOperator: boolean };
  socket: WebSocket;
}

interface Watch {
  roundId: string;
  /** Decided at `watch` and again at every membership change in the round, not per notice. */
  reader: TextReader;
  /** Serializes this watch's re-checks and deliveries, so a notice never uses a stale reader. */
  chain: Promise<void>;
}

type WatchFrame = { type: 'watch' | 'unwatch'; textId: string };
type TextNotice = Extract<Notice, { type: 'text' | 'round' }>;

/**
 * Tells the sockets watching a negotiating text that something changed, content-free, and only to
 * those who may learn of that change (`learnsOf`): a party never hears of another's proposal.
 */
export class TextWatches<W extends Watcher> {
  private readonly watches = new Map<string, Map<W, Watch>>();
  private readonly closing = new WeakSet<W>();

  constructor(
    private readonly ctx: () => AppContext,
    private readonly send: (watcher: W, frame: ServerFrame) => boolean,
  ) {}

  async onFrame(watcher: W, frame: WatchFrame): Promise<void> {
    if (frame.type === 'unwatch') {
      this.forget(watcher, frame.textId);
      return;
    }
    const access = await this.readerOf(watcher, frame.textId);
    if (!access) {
      // Same answer for a text that does not exist and one the user may not read.
      this.send(watcher, {
        type: 'error',
        code: 'forbidden',
        message: 'You cannot follow this text.',
        textId: frame.textId,
      });
      return;
    }
    let watchers = this.watches.get(frame.textId);
    if (!watchers) this.watches.set(frame.textId, (watchers = new Map()));
    watchers.set(watcher, { ...access, chain: Promise.resolve() });
    if (!this.closing.has(watcher)) {
      this.closing.add(watcher);
      watcher.socket.once('close', () => {
        for (const id of [...this.watches.keys()]) this.forget(watcher, id);
      });
    }
    this.send(watcher, { type: 'watching', textId: frame.textId });
  }

  onNotice(notice: TextNotice): void {
    if (notice.type === 'round') {
      for (const [textId, watchers] of this.watches) {
        for (const [watcher, watch] of watchers) {
          if (watch.roundId === notice.roundId) this.recheck(watcher, textId, watch);
        }
      }
      return;
    }
    const { textId, change, audience } = notice;
    for (const [watcher, watch] of this.watches.get(textId) ?? []) {
      this.enqueue(watch, async () => {
        if (this.watches.get(textId)?.get(watcher) !== watch) return;
        if (learnsOf(watch.reader, audience)) {
          this.send(watcher, { type: 'text', textId, change });
        }
      });
    }
  }

  private recheck(watcher: W, textId: string, watch: Watch) {
    this.enqueue(watch, async () => {
      const access = await this.readerOf(watcher, textId);
      if (access) {
        watch.reader = access.reader;
        return;
      }
      this.forget(watcher, textId);
      this.send(watcher, { type: 'unwatched', textId });
    });
  }

  private enqueue(watch: Watch, work: () => Promise<void>) {
    // `readerOf` already fails closed; anything else that throws is only reported.
    watch.chain = watch.chain.then(work).catch((err: unknown) => this.ctx().onLiveError?.(err));
  }

  private async readerOf(watcher: W, textId: string) {
    try {
      return await textReaderFor(this.ctx(), watcher.user, textId);
    } catch {
      return null;
    }
  }

  private forget(watcher: W, textId: string) {
    const watchers = this.watches.get(textId);
    watchers?.delete(watcher);
    if (watchers?.size === 0) this.watches.delete(textId);
  }
}
