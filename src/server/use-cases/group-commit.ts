import type { Database, Tx } from '../../db/index.ts';
import type { AppContext } from '../context.ts';

interface Job {
  run: (tx: Tx, now: Date) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Sends that arrive while a transaction is committing wait and commit together in the next one:
 * one commit (and one WAL flush) for the batch instead of one per message. Each job runs in its own
 * savepoint, so a refused send rolls back alone; nothing is acknowledged before the batch commits.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private draining = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly maxBatch = 64,
  ) {}

  submit<T>(run: (tx: Tx, now: Date) => Promise<T>): Promise<T> {
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
        const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
        try {
          await this.ctx.database.transaction(async (tx) => {
            const now = this.ctx.ports.clock.now();
            // A job alone needs no savepoint: if it fails, the whole transaction is its to roll back.
            if (batch.length === 1) {
              outcomes.push({ ok: true, value: await batch[0]!.run(tx, now) });
              return;
            }
            for (const job of batch) {
              try {
                outcomes.push({
                  ok: true,
                  value: await tx.transaction((savepoint) =>
                    job.run(savepoint as unknown as Tx, now),
                  ),
                });
              } catch (error) {
                outcomes.push({ ok: false, error });
              }
            }
          });
        } catch (error) {
          for (const job of batch) job.reject(error);
          continue;
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
}

const groups = new WeakMap<Database, GroupCommit>();
export function groupCommitFor(ctx: AppContext): GroupCommit {
  let group = groups.get(ctx.database);
  if (!group) groups.set(ctx.database, (group = new GroupCommit(ctx)));
  return group;
}
