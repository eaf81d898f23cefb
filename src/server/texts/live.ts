import type { WebSocket } from 'ws';
import type { ServerFrame } from '../../core/schemas/live.ts';
import { learnsOf, type TextReader } from '../../core/texts/present.ts';
import type { AppContext } from '../kernel/context.ts';
import { textReaderFor } from './text-views.ts';
import type { Notice } from '../kernel/notices.ts';

/** The part of a hub connection a document watch uses. */
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

type WatchFrame = { type: 'watch' | 'unwatch'; documentId: string };
type DocumentNotice = Extract<Notice, { type: 'document' | 'round' }>;

/**
 * Tells the sockets watching a negotiating text that something changed, content-free, and only to
 * those who may learn of that change (`learnsOf`): a party never hears of another's proposal.
 */
export class DocumentWatches<W extends Watcher> {
  private readonly watches = new Map<string, Map<W, Watch>>();
  private readonly closing = new WeakSet<W>();

  constructor(
    private readonly ctx: () => AppContext,
    private readonly send: (watcher: W, frame: ServerFrame) => boolean,
  ) {}

  async onFrame(watcher: W, frame: WatchFrame): Promise<void> {
    if (frame.type === 'unwatch') {
      this.forget(watcher, frame.documentId);
      return;
    }
    const access = await this.readerOf(watcher, frame.documentId);
    if (!access) {
      // Same answer for a text that does not exist and one the user may not read.
      this.send(watcher, {
        type: 'error',
        code: 'forbidden',
        message: 'You cannot follow this text.',
        documentId: frame.documentId,
      });
      return;
    }
    let watchers = this.watches.get(frame.documentId);
    if (!watchers) this.watches.set(frame.documentId, (watchers = new Map()));
    watchers.set(watcher, { ...access, chain: Promise.resolve() });
    if (!this.closing.has(watcher)) {
      this.closing.add(watcher);
      watcher.socket.once('close', () => {
        for (const id of [...this.watches.keys()]) this.forget(watcher, id);
      });
    }
    this.send(watcher, { type: 'watching', documentId: frame.documentId });
  }

  onNotice(notice: DocumentNotice): void {
    if (notice.type === 'round') {
      for (const [documentId, watchers] of this.watches) {
        for (const [watcher, watch] of watchers) {
          if (watch.roundId === notice.roundId) this.recheck(watcher, documentId, watch);
        }
      }
      return;
    }
    const { documentId, change, audience } = notice;
    for (const [watcher, watch] of this.watches.get(documentId) ?? []) {
      this.enqueue(watch, async () => {
        if (this.watches.get(documentId)?.get(watcher) !== watch) return;
        if (learnsOf(watch.reader, audience)) {
          this.send(watcher, { type: 'document', documentId, change });
        }
      });
    }
  }

  private recheck(watcher: W, documentId: string, watch: Watch) {
    this.enqueue(watch, async () => {
      const access = await this.readerOf(watcher, documentId);
      if (access) {
        watch.reader = access.reader;
        return;
      }
      this.forget(watcher, documentId);
      this.send(watcher, { type: 'unwatched', documentId });
    });
  }

  private enqueue(watch: Watch, work: () => Promise<void>) {
    // `readerOf` already fails closed; anything else that throws is only reported.
    watch.chain = watch.chain.then(work).catch((err: unknown) => this.ctx().onLiveError?.(err));
  }

  private async readerOf(watcher: W, documentId: string) {
    try {
      return await textReaderFor(this.ctx(), watcher.user, documentId);
    } catch {
      return null;
    }
  }

  private forget(watcher: W, documentId: string) {
    const watchers = this.watches.get(documentId);
    watchers?.delete(watcher);
    if (watchers?.size === 0) this.watches.delete(documentId);
  }
}
