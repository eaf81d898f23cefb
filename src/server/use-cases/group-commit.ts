import type { RecordEventDraft } from '../../core/record/chain.ts';
import { records, type Database, type Tx } from '../../db/index.ts';
import type { AppContext } from '../context.ts';

/** A job's record events, appended by the batch after every job has run. */
export type Drafts = RecordEventDraft[];

interface Job {
  run: (tx: Tx, now: Date, drafts: Drafts) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown; drafts: Drafts } | { ok: false; error: unknown };

/**
 * Sends that arrive while a transaction is committing wait and commit together in the next one:
 * one commit (and one WAL flush) and one record append for the batch instead of one per message.
 * Nothing is acknowledged before the batch commits.
 *
 * A batch first runs without savepoints (a refused send is rare: a retry, a stale reply); if any
 * job fails, the batch rolls back and runs again with each job in its own savepoint, so the refused
 * send fails alone.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private draining = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly maxBatch = 64,
  ) {}

  submit<T>(run: (tx: Tx, now: Date, drafts: Drafts) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain() {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        let outcomes: Outcome[];
        try {
          outcomes = await this.commit(batch, 'together');
        } catch (error) {
          if (batch.length === 1) {
            batch[0]!.reject(error);
            continue;
          }
          try {
            outcomes = await this.commit(batch, 'each in a savepoint');
          } catch (again) {
            for (const job of batch) job.reject(again);
            continue;
          }
        }
        batch.forEach((job, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) job.resolve(outcome.value);
          else job.reject(outcome.error);
        });
      }
    } finally {
      this.draining = false;
    }
  }

  private commit(batch: Job[], mode: 'together' | 'each in a savepoint'): Promise<Outcome[]> {
    return this.ctx.database.transaction(async (tx) => {
      const now = this.ctx.ports.clock.now();
      const outcomes: Outcome[] = [];
      for (const job of batch) {
        const drafts: Drafts = [];
        if (mode === 'together') {
          outcomes.push({ ok: true, value: await job.run(tx, now, drafts), drafts });
          continue;
        }
        try {
          const value = await tx.transaction((savepoint) =>
            job.run(savepoint as unknown as Tx, now, drafts),
          );
          outcomes.push({ ok: true, value, drafts });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
      await records.appendEvents(
        tx,
        outcomes.flatMap((o) => (o.ok ? o.drafts : [])),
      );
      return outcomes;
    });
  }
}

const groups = new WeakMap<Database, GroupCommit>();
export function groupCommitFor(ctx: AppContext): GroupCommit {
  let group = groups.get(ctx.database);
  if (!group) groups.set(ctx.database, (group = new GroupCommit(ctx)));
  return group;
}
