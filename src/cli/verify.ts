import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { verifyChain } from '../core/record/chain.ts';
import { uncatalogued } from '../core/record/events.ts';
import { merkleTree } from '../core/record/merkle.ts';
import { recordRepo, sha256, type Database } from '../db/index.ts';
import { verifyArchiveFile } from './verify-archive.ts';

const hashBytes = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());

type WithDatabase = <T>(work: (database: Database) => Promise<T>) => Promise<T>;

/**
 * `parley verify`: the record's chain and catalog, and its Merkle root (of the first N events with
 * `--at N`, to compare with an archive's); `--archive FILE` checks an archive offline instead.
 */
export async function verifyCommand(args: string[], withDatabase: WithDatabase) {
  const { values } = parseArgs({
    args,
    options: { archive: { type: 'string' }, at: { type: 'string' } },
  });
  if (values.archive) {
    if (!(await verifyArchiveFile(values.archive))) process.exitCode = 1;
    return;
  }
  const { verdict, strays, events } = await withDatabase(async (database) => {
    const { events, head } = await recordRepo.readChain(database.db);
    const strays = events.flatMap((e) => {
      const problem = uncatalogued(e);
      return problem ? [{ seq: e.seq, problem }] : [];
    });
    return { verdict: verifyChain(sha256, events, head), strays, events };
  });
  if (verdict.ok) {
    const size =
      values.at === undefined ? events.length : Math.min(Number(values.at), events.length);
    const tree = merkleTree(
      hashBytes,
      events.slice(0, size).map((e) => e.hash),
    );
    console.log(`Record intact: ${verdict.count} events, head ${verdict.headHash}`);
    console.log(`Merkle root of the first ${tree.size} events: ${tree.root}`);
  } else {
    console.error(`Record BROKEN at event ${verdict.firstBadSeq}: ${verdict.problem}`);
    process.exitCode = 1;
  }
  // An event the catalog does not know was not written by Parley's own code.
  for (const stray of strays)
    console.error(`Event ${stray.seq} outside the catalog: ${stray.problem}`);
  if (strays.length > 0) process.exitCode = 1;
}
