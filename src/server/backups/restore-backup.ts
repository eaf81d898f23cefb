import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import {
  BackupHeader,
  BackupTrailer,
  checkRestorable,
  damagedBackup,
  TableHeader,
  type BackupHeader as Header,
} from '../../core/backups/format.ts';
import { verifyChain } from '../../core/record/chain.ts';
import { DomainError } from '../../core/errors.ts';
import { loadInto, migrationState, sha256, type Database, type Loader } from '../../db/index.ts';

/** The backup's lines, whatever the gzip layer thinks of a cut or altered stream. */
async function* linesOf(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  input.once('error', (err) => gunzip.destroy(err));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw damagedBackup(`it cannot be read to the end (${(error as Error).message})`);
  }
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw damagedBackup('a line is not JSON');
  }
}

async function readHeader(lines: AsyncGenerator<string>, checksum: ReturnType<typeof createHash>) {
  const first = await lines.next();
  if (first.done) throw damagedBackup('it is empty');
  const header = BackupHeader.safeParse(parse(first.value));
  if (!header.success) throw damagedBackup('it does not start like a Parley backup');
  checksum.update(`${first.value}\n`);
  return header.data;
}

/** Feeds every line after the header to the loader; answers the trailer, checked. */
async function feedRows(
  lines: AsyncGenerator<string>,
  checksum: ReturnType<typeof createHash>,
  loader: Pick<Loader, 'startTable' | 'addRow'>,
) {
  for await (const line of lines) {
    const value = parse(line);
    if (Array.isArray(value)) await loader.addRow(value);
    else if ((value as { kind?: unknown }).kind === 'end') {
      const trailer = BackupTrailer.safeParse(value);
      if (!trailer.success) throw damagedBackup('its last line is malformed');
      if (!(await lines.next()).done) throw damagedBackup('it goes on after its last line');
      if (checksum.digest('hex') !== trailer.data.sha256)
        throw damagedBackup('its checksum does not match its contents');
      return trailer.data;
    } else {
      const table = TableHeader.safeParse(value);
      if (!table.success) throw damagedBackup('a line is neither a row nor a table');
      await loader.startTable(table.data);
    }
    checksum.update(`${line}\n`);
  }
  throw damagedBackup('it ends before its last line (truncated)');
}

async function checkLoaded(loader: Loader, header: Header, expected: Record<string, number>) {
  const counts = await loader.finish();
  for (const [table, n] of Object.entries(expected))
    if (counts[table] !== n) throw damagedBackup(`table ${table} holds other rows than it says`);
  const { events, head } = await loader.readChain();
  const verdict = verifyChain(sha256, events, head);
  if (!verdict.ok) throw damagedBackup(`its record breaks at event ${verdict.firstBadSeq}`);
  if (verdict.headHash !== header.recordHead.hash || verdict.count !== header.recordHead.seq)
    throw damagedBackup('its record does not end at the head its header names');
}

/** Reads a whole backup and checks it without restoring it: what `parley backup` says it wrote. */
export async function checkBackup(input: Readable) {
  const lines = linesOf(input);
  const checksum = createHash('sha256');
  const header = await readHeader(lines, checksum);
  const counts: Record<string, number> = {};
  let table = '';
  const counting: Pick<Loader, 'startTable' | 'addRow'> = {
    startTable: async (t) => {
      table = t.name;
      counts[table] = 0;
    },
    addRow: async () => {
      counts[table] = (counts[table] ?? 0) + 1;
    },
  };
  const trailer = await feedRows(lines, checksum, counting);
  for (const [name, n] of Object.entries(trailer.rows))
    if (counts[name] !== n) throw damagedBackup(`table ${name} holds other rows than it says`);
  return { header, rows: trailer.rows };
}

/**
 * Restores a backup into an empty database, all or nothing: the checksum, the row counts and the
 * record's chain and head are checked inside the one transaction that writes the rows.
 */
export async function restoreBackup(database: Database, input: Readable): Promise<Header> {
  const lines = linesOf(input);
  const checksum = createHash('sha256');
  const header = await readHeader(lines, checksum);
  checkRestorable(header, (await migrationState(database.db)).shipped);
  await loadInto(database, async (loader) => {
    const trailer = await feedRows(lines, checksum, loader);
    await checkLoaded(loader, header, trailer.rows);
  });
  return header;
}
