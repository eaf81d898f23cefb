import type { RecordEventDraft } from '../../core/record/chain.ts';
import type { Message } from '../../core/talks/types.ts';
import {
  records,
  talkRepo,
  type Database,
  type Tx,
  type UnsequencedMessage,
} from '../../db/index.ts';
import type { AppContext } from '../context.ts';

/** A send's record events, appended by its batch after every send has run. */
export type Drafts = RecordEventDraft[];

/** One send, in the two halves around the moment its message gets its place in the channel. */
export interface SendJob<T> {
  /** Checks and builds the message (may read in `tx`); throws to refuse the send. */
  prepare: (tx: Tx, now: Date) => Promise<UnsequencedMessage>;
  /** Whatever follows once the message is stored (files, record events); answers the send. */
  finish: (tx: Tx, message: Message, drafts: Drafts) => Promise<T>;
}

interface Queued {
  job: SendJob<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown; drafts: Drafts } | { ok: false; error: unknown };

/**
 * Sends that arrive while a transaction is committing wait and commit together in the next one:
 * one commit (and one WAL flush), one statement for all the messages and one record append
 * for the whole batch. Nothing is acknowledged before the batch commits.
 *
 * A batch first runs as a whole (a refused send is rare: a retry, a reply to a stranger's message);
 * if any send fails, the batch rolls back and runs again with each send in its own savepoint, so
 * the refused send fails alone.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private inFlight = 0;
  /** Batches follow one another, so each can write the record without reading its head first. */
  private readonly recordHead: records.HeadGuess = {};

  /**
   * @param maxInFlight batches committing at once. One everywhere: on PostgreSQL four side by side
   * measured slower (723 against 1,051 acknowledged sends a second, bench/relay --saturate 64),
   * their channel and record-head locks queueing them anyway.
   */
  constructor(
    private readonly ctx: AppContext,
    private readonly maxInFlight = 1,
    private readonly maxBatch = 64,
  ) {}

  submit<T>(job: SendJob<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.settle(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async settle(batch: Queued[]) {
    let outcomes: Outcome[];
    try {
      outcomes = await this.ctx.database.transaction((tx) => this.together(tx, batch));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      try {
        outcomes = await this.ctx.database.transaction((tx) => this.oneByOne(tx, batch));
      } catch (again) {
        for (const queued of batch) queued.reject(again);
        return;
      }
    }
    batch.forEach((queued, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) queued.resolve(outcome.value);
      else queued.reject(outcome.error);
    });
  }

  private async together(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const now = this.ctx.ports.clock.now();
    const prepared: UnsequencedMessage[] = [];
    for (const { job } of batch) prepared.push(await job.prepare(tx, now));
    const seqs = await talkRepo.appendMessages(tx, prepared);
    const outcomes: Outcome[] = [];
    for (const [i, { job }] of batch.entries()) {
      const drafts: Drafts = [];
      const message = { ...prepared[i]!, seq: seqs.get(prepared[i]!.id)! };
      outcomes.push({ ok: true, value: await job.finish(tx, message, drafts), drafts });
    }
    await records.appendEvents(
      tx,
      outcomes.flatMap((o) => (o.ok ? o.drafts : [])),
      this.recordHead,
    );
    return outcomes;
  }

  private async oneByOne(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const now = this.ctx.ports.clock.now();
    const outcomes: Outcome[] = [];
    for (const { job } of batch) {
      const drafts: Drafts = [];
      try {
        const value = await tx.transaction(async (savepoint) => {
          const sp = savepoint as unknown as Tx;
          const unsequenced = await job.prepare(sp, now);
          const seqs = await talkRepo.appendMessages(sp, [unsequenced]);
          return job.finish(sp, { ...unsequenced, seq: seqs.get(unsequenced.id)! }, drafts);
        });
        outcomes.push({ ok: true, value, drafts });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    await records.appendEvents(
      tx,
      outcomes.flatMap((o) => (o.ok ? o.drafts : [])),
      this.recordHead,
    );
    return outcomes;
  }
}

const groups = new WeakMap<Database, GroupCommit>();
export function groupCommitFor(ctx: AppContext): GroupCommit {
  let group = groups.get(ctx.database);
  if (!group) groups.set(ctx.database, (group = new GroupCommit(ctx)));
  return group;
}
