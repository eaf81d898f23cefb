import { parseArgs } from 'node:util';
import { DURABILITIES, openDatabase, type Durability } from '../db/index.ts';
import { systemPorts, startParley } from '../server/http/app.ts';
import { createContext, defaultConfig } from '../server/kernel/context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/demo/accounts.ts';
import { loadDemoIfEmpty } from '../server/demo/astana.ts';
import { createOperator, printSetupLink } from './first-run.ts';
import { verifyCommand } from './verify.ts';
import { backupCommand, moveToCommand, restoreCommand } from './backups.ts';
import { startBackupDuties } from './backup-duties.ts';
import { controlSocketPath, serverAnswers } from '../server/backups/index.ts';

/** A setup link on the address people open (behind a proxy, not the one the server listens on). */
const publicUrl = (listening: string, link: string) =>
  env.PARLEY_PUBLIC_URL ? link.replace(listening, env.PARLEY_PUBLIC_URL.replace(/\/$/, '')) : link;

const USAGE = `parley <command>

  serve [--demo] [--port N] [--host H]   run the server (web app + API); --demo loads the Astana demo into an empty database
  create-operator --email E              print a one-time link that creates the first operator account (refused once one exists)
  migrate                                create or update the database schema
  seed-demo                              load the Astana demo if the database is empty
  backup FILE                            write a consistent, checksummed backup of everything (also while the server runs)
  restore FILE                           restore a backup into an empty database (stop an embedded server first)
  move-to DATABASE_URL                   move this embedded deployment onto an empty PostgreSQL database
  verify [--at N]                        recompute the record's hash chain, check every event against the catalog (names the first bad one), print its Merkle root
  verify --archive FILE                  check a delegation's archive offline: files, record proofs, messages, revisions

Environment: PORT (8080), HOST (127.0.0.1), PARLEY_DATA_DIR (./data), DATABASE_URL (PostgreSQL instead of the embedded PGlite),
PARLEY_DURABILITY (power-loss | process-crash: what an acknowledged write on the embedded database survives; power-loss by default),
PARLEY_PUBLIC_URL (the address people open, for setup links; http://HOST:PORT by default),
PARLEY_METRICS_PORT (Prometheus metrics on this port, apart from the app; off by default) and PARLEY_METRICS_HOST (127.0.0.1),
PARLEY_BACKUP_DIR with PARLEY_BACKUP_EVERY (6h by default) and PARLEY_BACKUP_KEEP (14): the server takes backups itself`;

const env = process.env;
function durability(): Durability {
  const value = env.PARLEY_DURABILITY ?? 'power-loss';
  if (!(DURABILITIES as readonly string[]).includes(value)) {
    throw new Error(`PARLEY_DURABILITY must be one of ${DURABILITIES.join(', ')}; got "${value}".`);
  }
  return value as Durability;
}

const dbConfig = () => ({
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: env.PARLEY_DATA_DIR ?? './data',
  durability: durability(),
});

async function serve(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { demo: { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } },
  });
  const socket = env.DATABASE_URL ? undefined : controlSocketPath(dbConfig().dataDir);
  if (socket && (await serverAnswers(socket))) {
    console.error(
      `A Parley server already runs on ${dbConfig().dataDir}; one process owns an embedded database.`,
    );
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const server = await startParley({
    ...dbConfig(),
    port: Number(values.port ?? env.PORT ?? 8080),
    host: values.host ?? env.HOST ?? '127.0.0.1',
    demo: values.demo ?? false,
    firstRunSetup: true,
    webRoot: env.PARLEY_WEB_ROOT ?? 'dist/web',
    logger: { level: env.LOG_LEVEL ?? 'warn' },
    metricsPort: env.PARLEY_METRICS_PORT ? Number(env.PARLEY_METRICS_PORT) : undefined,
    metricsHost: env.PARLEY_METRICS_HOST ?? '127.0.0.1',
  });
  const where = env.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite in ${dbConfig().dataDir}`;
  console.log(
    `Parley is running at ${server.url}  (${where}, ready in ${Math.round(performance.now() - started)} ms)`,
  );
  if (server.metricsUrl) console.log(`Prometheus metrics at ${server.metricsUrl}`);
  if (server.setup) printSetupLink(publicUrl(server.url, server.setup.url), server.setup.expiresAt);
  if (values.demo) {
    console.log(
      server.demoLoaded ? 'Loaded the Astana I demo.' : 'Database not empty: demo not reloaded.',
    );
    console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(32)} ${a.displayName}`);
  }
  const duties = await startBackupDuties(server, {
    dataDir: env.DATABASE_URL ? undefined : dbConfig().dataDir,
    backupDir: env.PARLEY_BACKUP_DIR || undefined,
    every: env.PARLEY_BACKUP_EVERY,
    keep: env.PARLEY_BACKUP_KEEP,
  });
  const stop = async () => {
    await duties.stop();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(dbConfig());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'serve':
      return serve(rest);
    case 'create-operator':
      return createOperator(
        rest,
        withDatabase,
        env.PARLEY_PUBLIC_URL ?? `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 8080}`,
      );
    case 'backup':
      return backupCommand(rest[0], dbConfig());
    case 'restore':
      return restoreCommand(rest[0], dbConfig());
    case 'move-to':
      return moveToCommand(rest[0], dbConfig());
    case 'migrate':
      await withDatabase(async () => console.log('Schema is up to date.'));
      return;
    case 'seed-demo':
      await withDatabase(async (database) => {
        const loaded = await loadDemoIfEmpty(
          createContext({ database, ports: systemPorts(), config: defaultConfig }),
        );
        console.log(loaded ? 'Loaded the Astana I demo.' : 'Database not empty: nothing loaded.');
      });
      return;
    case 'verify':
      return verifyCommand(rest, withDatabase);
    default:
      console.log(USAGE);
      process.exitCode = command && command !== 'help' ? 2 : 0;
  }
}

await main();
