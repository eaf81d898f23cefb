import type { Ports } from '../../core/ports.ts';
import type { Action } from '../../core/policy/index.ts';
import type { Database, Tx } from '../../db/index.ts';
import { CommittedMessages } from './committed.ts';
import { MessageLog, type Placement } from './message-log.ts';
import { ReadCache } from './read-cache.ts';

export interface AppConfig {
  /** Folder with the built web client; omitted in API-only tests. */
  webRoot?: string | undefined;
  signInRateLimit: { max: number; timeWindowMs: number };
  /** Cap on JSON bodies, in bytes. */
  bodyLimit: number;
  memberInviteTtlMs: number;
  /** Honour X-Forwarded-* from a TLS-terminating proxy in front of Parley. */
  trustProxy: boolean;
}

export const defaultConfig: AppConfig = {
  signInRateLimit: { max: 10, timeWindowMs: 60_000 },
  bodyLimit: 64 * 1024,
  memberInviteTtlMs: 7 * 24 * 3600_000,
  trustProxy: process.env.PARLEY_TRUST_PROXY === '1',
};

export interface Decision {
  action: Action;
  allowed: boolean;
  route: string;
}

/** The database as use cases see it: reads, and notices. Writes happen in the kernel only. */
type Reads = Pick<Database, 'kind' | 'db' | 'notify' | 'listen'>;

/** What one running instance owns: the only ways to write, and the caches those writes keep true. */
interface Kernel {
  /** Runs writes in one transaction; the unit of work (`commit`) is its only caller. */
  transaction: Database['transaction'];
  /** Runs a bookkeeping write on its own (see `writeBookkeeping`), its only caller. */
  bookkeeping: <T>(work: (db: Tx) => Promise<T>) => Promise<T>;
  /** Where every message is stored: batched, sequenced, recorded (see message-log.ts). */
  messageLog: MessageLog;
  readCache: ReadCache;
  committed: CommittedMessages;
}

export interface AppContext {
  database: Reads;
  ports: Ports;
  config: AppConfig;
  kernel: Kernel;
  /** Observes every authorization decision (used by the route-coverage test and audit logs). */
  onDecision?: (decision: Decision) => void;
  /** Observes failures inside live delivery (logged by the server). */
  onLiveError?: (err: unknown) => void;
}

const WRITES = new Set<PropertyKey>(['insert', 'update', 'delete', 'transaction']);

/**
 * The handle outside a transaction refuses to write: a write that skipped the unit of work would
 * leave every instance's read cache stale without a word, so it fails loudly instead.
 */
function refusingWrites(db: Tx): Tx {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (WRITES.has(property))
        throw new Error(`${String(property)} outside the unit of work: write through commit()`);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

export interface ContextOptions {
  database: Database;
  ports: Ports;
  config: AppConfig;
  onDecision?: ((decision: Decision) => void) | undefined;
  onLiveError?: ((err: unknown) => void) | undefined;
  /** Told how each message batch found its places (tests and benches count them). */
  onPlaced?: ((how: Placement) => void) | undefined;
  /** Told how long each committed write transaction took, in seconds (the server's metrics). */
  onCommit?: ((seconds: number) => void) | undefined;
}

/**
 * The database with every committed transaction timed. A transaction that throws rolled back:
 * a refusal is not a commit, and its time would only blur how long writes take to land.
 */
function timingCommits(database: Database, onCommit: (seconds: number) => void): Database {
  const transaction: Database['transaction'] = async (work) => {
    const started = performance.now();
    const result = await database.transaction(work);
    onCommit((performance.now() - started) / 1000);
    return result;
  };
  // Everything else passes through, whatever the database grows to offer.
  return new Proxy(database, {
    get: (target, property, receiver) =>
      property === 'transaction'
        ? transaction
        : (Reflect.get(target, property, receiver) as unknown),
  });
}

/** One instance's context: its ports and config, and a kernel of its own over the database. */
export function createContext(options: ContextOptions): AppContext {
  const { ports, config, onDecision, onLiveError, onPlaced, onCommit } = options;
  // Messages commit through the message log, everything else through `transaction`: both timed.
  const database = onCommit ? timingCommits(options.database, onCommit) : options.database;
  return {
    database: {
      kind: database.kind,
      db: refusingWrites(database.db),
      notify: (payload) => database.notify(payload),
      listen: (onPayload) => database.listen(onPayload),
    },
    ports,
    config,
    kernel: {
      transaction: (work) => database.transaction(work),
      bookkeeping: (work) => work(database.db),
      messageLog: new MessageLog(database, { onPlaced }),
      readCache: new ReadCache(),
      committed: new CommittedMessages(),
    },
    ...(onDecision ? { onDecision } : {}),
    ...(onLiveError ? { onLiveError } : {}),
  };
}
