import type { RecordEventDraft } from '../../core/record/chain.ts';
import type { Message } from '../../core/talks/types.ts';
import {
  recordRepo,
  sendRepo,
  talkRepo,
  type Database,
  type Tx,
  type UnsequencedMessage,
} from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';

/** A send's record events, appended by its batch after every send has run. */
type Drafts = RecordEventDraft[];

/** One send, in the parts around the moment its message gets its place in the channel. */
export interface SendJob {
  channelId: string;
  /** Checks and builds the message (may read in `tx`); throws to refuse the send. */
  prepare: (tx: Tx, now: Date) => Promise<UnsequencedMessage>;
  /** The record events of the message once placed: no database, so they can be written with it. */
  record: (message: Message) => Drafts;
  /** Writes that need the message stored first (binding its files); throws to refuse the send. */
  attach?: ((tx: Tx, message: Message) => Promise<void>) | undefined;
}

interface Queued {
  job: SendJob;
  resolve: (message: Message) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; message: Message; drafts: Drafts } | { ok: false; error: unknown };

/** A guessed place was taken: the batch rolls back and is sequenced by reading instead. */
class PlacesMoved extends Error {}

/**
 * Sends that arrive while a transaction is committing wait and commit together in the next one:
 * one commit (and one WAL flush), one statement for all the messages and one record append
 * for the whole batch. Nothing is acknowledged before the batch commits.
 *
 * A batch first runs as a whole (a refused send is rare: a retry, a reply to a stranger's message);
 * if any send fails, the batch rolls back and runs again with each send in its own savepoint, so
 * the refused send fails alone.
 *
 * On the embedded database this process is the only writer, so where it last left each channel and
 * the record's head is where they are: a batch then writes its messages and their events in one
 * statement conditioned on those places, without reading them (a miss rolls back and reads). On
 * PostgreSQL other instances move them, and locking channels and head in one order matters more.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private inFlight = 0;
  /** Batches follow one another, so each can write the record without reading its head first. */
  private readonly recordHead: recordRepo.HeadGuess = {};
  /** The last sequence number this instance gave in each channel. */
  private readonly lastSeqs = new Map<string, number>();
  private readonly guessPlaces: boolean;
  /** How batches found their places: guessed right, guessed wrong (then read), or read. */
  readonly placed = { guessed: 0, missed: 0, read: 0 };

  /**
   * @param maxInFlight batches committing at once. One everywhere: on PostgreSQL four side by side
   * measured slower (723 against 1,051 acknowledged sends a second, bench/relay --saturate 64),
   * their channel and record-head locks queueing them anyway.
   */
  constructor(
    private readonly ctx: AppContext,
    private readonly maxInFlight = 1,
    private readonly maxBatch = 64,
  ) {
    this.guessPlaces = ctx.database.kind === 'pglite';
  }

  submit(job: SendJob): Promise<Message> {
    return new Promise<Message>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
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
      outcomes = await this.whole(batch);
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
      if (outcome.ok) queued.resolve(outcome.message);
      else queued.reject(outcome.error);
    });
  }

  /** The batch in one transaction: at the places guessed when it can, else read. */
  private async whole(batch: Queued[]): Promise<Outcome[]> {
    const known = batch.every(({ job }) => this.lastSeqs.has(job.channelId));
    if (this.guessPlaces && this.recordHead.head && known) {
      try {
        return await this.ctx.database.transaction((tx) => this.atGuessedPlaces(tx, batch));
      } catch (error) {
        if (!(error instanceof PlacesMoved)) throw error;
      }
    }
    return this.ctx.database.transaction((tx) => this.together(tx, batch));
  }

  private async prepareAll(tx: Tx, batch: Queued[]) {
    const now = this.ctx.ports.clock.now();
    const prepared: UnsequencedMessage[] = [];
    for (const { job } of batch) prepared.push(await job.prepare(tx, now));
    return prepared;
  }

  private async atGuessedPlaces(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const head = this.recordHead.head!;
    const sequenced = sendRepo.sequenceAfter(this.lastSeqs, await this.prepareAll(tx, batch));
    if (!sequenced) throw new PlacesMoved();
    const outcomes: Outcome[] = sequenced.map((message, i) => ({
      ok: true,
      message,
      drafts: batch[i]!.job.record(message),
    }));
    const { matched, events } = await sendRepo.appendAtExpectedPlaces(
      tx,
      sequenced,
      outcomes.flatMap((o) => (o.ok ? o.drafts : [])),
      { lastSeqs: this.lastSeqs, head },
    );
    if (!matched) {
      for (const m of sequenced) this.lastSeqs.delete(m.channelId);
      this.recordHead.head = undefined;
      this.placed.missed++;
      throw new PlacesMoved();
    }
    for (const [i, { job }] of batch.entries()) await job.attach?.(tx, sequenced[i]!);
    const last = events.at(-1);
    if (last) this.recordHead.head = { seq: last.seq, hash: last.hash };
    this.learn(sequenced);
    this.placed.guessed++;
    return outcomes;
  }

  private async together(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const prepared = await this.prepareAll(tx, batch);
    const seqs = await talkRepo.appendMessages(tx, prepared);
    this.placed.read++;
    const outcomes: Outcome[] = [];
    for (const [i, { job }] of batch.entries()) {
      const message = { ...prepared[i]!, seq: seqs.get(prepared[i]!.id)! };
      await job.attach?.(tx, message);
      outcomes.push({ ok: true, message, drafts: job.record(message) });
    }
    return this.recorded(tx, outcomes);
  }

  private async oneByOne(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const now = this.ctx.ports.clock.now();
    const outcomes: Outcome[] = [];
    for (const { job } of batch) {
      try {
        const message = await tx.transaction(async (savepoint) => {
          const sp = savepoint as unknown as Tx;
          const unsequenced = await job.prepare(sp, now);
          const seqs = await talkRepo.appendMessages(sp, [unsequenced]);
          const placed = { ...unsequenced, seq: seqs.get(unsequenced.id)! };
          await job.attach?.(sp, placed);
          return placed;
        });
        outcomes.push({ ok: true, message, drafts: job.record(message) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return this.recorded(tx, outcomes);
  }

  /** Appends the record events of the sends that went through, and learns their places. */
  private async recorded(tx: Tx, outcomes: Outcome[]): Promise<Outcome[]> {
    await recordRepo.appendEvents(
      tx,
      outcomes.flatMap((o) => (o.ok ? o.drafts : [])),
      this.recordHead,
    );
    this.learn(outcomes.flatMap((o) => (o.ok ? [o.message] : [])));
    return outcomes;
  }

  /**
   * Remembers where the batch left its channels. Learnt before the commit: if the commit fails
   * after all, the next guess misses and that batch reads instead.
   */
  private learn(placed: readonly Message[]) {
    if (!this.guessPlaces) return;
    for (const m of placed) {
      this.lastSeqs.set(m.channelId, Math.max(m.seq, this.lastSeqs.get(m.channelId) ?? 0));
    }
  }
}

const groups = new WeakMap<Database, GroupCommit>();
export function groupCommitFor(ctx: AppContext): GroupCommit {
  let group = groups.get(ctx.database);
  if (!group) groups.set(ctx.database, (group = new GroupCommit(ctx)));
  return group;
}
