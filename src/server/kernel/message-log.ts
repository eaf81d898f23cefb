import type { Clock } from '../../core/ports.ts';
import type { RecordEventDraft } from '../../core/record/chain.ts';
import type { Message } from '../../core/talks/index.ts';
import {
  recordRepo,
  sendRepo,
  talkRepo,
  type Database,
  type Tx,
  type UnsequencedMessage,
} from '../../db/index.ts';

/** A send's record events, appended by its batch after every send has run. */
type Drafts = RecordEventDraft[];

/** One send, in the parts around the moment its message gets its place in the channel. */
export interface SendJob {
  channelId: string;
  /** The sender's clock: it dates the message. */
  clock: Clock;
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

/** How a batch found its places: guessed right, guessed wrong (then read), or read. */
export type Placement = 'guessed' | 'missed' | 'read';

export interface MessageLogOptions {
  /** Told how each batch found its places (tests and benches count them). */
  onPlaced?: ((how: Placement) => void) | undefined;
  /**
   * Batches committing at once. One everywhere: on PostgreSQL four side by side measured slower
   * (723 against 1,051 acknowledged sends a second, bench/relay --saturate 64), their channel and
   * record-head locks queueing them anyway.
   */
  maxInFlight?: number;
  maxBatch?: number;
}

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
export class MessageLog {
  private queue: Queued[] = [];
  private inFlight = 0;
  /** Batches follow one another, so each can write the record without reading its head first. */
  private recordHead: recordRepo.RecordHead | undefined;
  /** The last sequence number this instance gave in each channel. */
  private readonly lastSeqs = new Map<string, number>();
  private readonly guessPlaces: boolean;
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private readonly onPlaced: (how: Placement) => void;

  constructor(
    private readonly database: Database,
    options: MessageLogOptions = {},
  ) {
    this.guessPlaces = database.kind === 'pglite';
    this.maxInFlight = options.maxInFlight ?? 1;
    this.maxBatch = options.maxBatch ?? 64;
    this.onPlaced = options.onPlaced ?? (() => {});
  }

  /** Stores the message the job builds, with its record events; resolves once committed. */
  append(job: SendJob): Promise<Message> {
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
        outcomes = await this.database.transaction((tx) => this.oneByOne(tx, batch));
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
    if (this.guessPlaces && this.recordHead && known) {
      try {
        return await this.database.transaction((tx) => this.atGuessedPlaces(tx, batch));
      } catch (error) {
        if (!(error instanceof PlacesMoved)) throw error;
      }
    }
    return this.database.transaction((tx) => this.together(tx, batch));
  }

  private async prepareAll(tx: Tx, batch: Queued[]) {
    const prepared: UnsequencedMessage[] = [];
    for (const { job } of batch) prepared.push(await job.prepare(tx, job.clock.now()));
    return prepared;
  }

  private async atGuessedPlaces(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const head = this.recordHead!;
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
      this.recordHead = undefined;
      this.onPlaced('missed');
      throw new PlacesMoved();
    }
    for (const [i, { job }] of batch.entries()) await job.attach?.(tx, sequenced[i]!);
    const last = events.at(-1);
    if (last) this.recordHead = { seq: last.seq, hash: last.hash };
    this.learn(sequenced);
    this.onPlaced('guessed');
    return outcomes;
  }

  private async together(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const prepared = await this.prepareAll(tx, batch);
    const seqs = await talkRepo.appendMessages(tx, prepared);
    this.onPlaced('read');
    const outcomes: Outcome[] = [];
    for (const [i, { job }] of batch.entries()) {
      const message = { ...prepared[i]!, seq: seqs.get(prepared[i]!.id)! };
      await job.attach?.(tx, message);
      outcomes.push({ ok: true, message, drafts: job.record(message) });
    }
    return this.recorded(tx, outcomes);
  }

  private async oneByOne(tx: Tx, batch: Queued[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const { job } of batch) {
      try {
        const message = await tx.transaction(async (savepoint) => {
          const sp = savepoint as unknown as Tx;
          const unsequenced = await job.prepare(sp, job.clock.now());
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
    const events = await recordRepo.appendEvents(
      tx,
      outcomes.flatMap((o) => (o.ok ? o.drafts : [])),
      this.recordHead,
    );
    // Kept before the commit: a rollback only makes the next guess miss, and misses read the head.
    const last = events.at(-1);
    if (last) this.recordHead = { seq: last.seq, hash: last.hash };
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
