import type { AppContext } from './context.ts';
import { announce } from './notices.ts';

/** Past this many entries the cache starts again rather than grow without bound. */
const MAX_ENTRIES = 50_000;

/**
 * What nearly every request reads again — whose session a cookie is, a user's seats in a round, a
 * channel, a round's shape — kept in memory until the next committed change. Every write except a
 * message goes through the unit of work (`commit`), which clears this instance's cache as soon as
 * it commits and tells the other instances to clear theirs (a `changed` notice); nothing else can
 * write (see kernel/context.ts). Messages change nothing cached here. One cache per AppContext.
 *
 * Values are shared between requests: callers must not mutate them.
 */
export class ReadCache {
  private entries = new Map<string, Promise<unknown>>();
  private generation = 0;

  /** The cached value, or `load()`'s. An undefined result or a failure is not remembered. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.clear();
    const loading = load();
    const entries = this.entries;
    entries.set(key, loading);
    const forget = () => {
      if (entries.get(key) === loading) entries.delete(key);
    };
    loading.then((value) => value === undefined && forget(), forget);
    return loading;
  }

  /** Forgets everything. A read already under way when this is called lands in the forgotten map. */
  clear(): void {
    this.entries = new Map();
    this.generation++;
  }

  /** Counts clears; lets tests see that a change reached this instance. */
  get clears(): number {
    return this.generation;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** After a committed change: forget here at once, and tell every instance (this one included). */
export async function changed(ctx: AppContext): Promise<void> {
  ctx.kernel.readCache.clear();
  await announce(ctx, { type: 'changed' });
}
