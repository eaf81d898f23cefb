import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { verifyArchive } from '../core/archives/index.ts';
import { sha256 } from '../db/index.ts';

const hashBytes = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());

/** `parley verify --archive FILE`: offline, from the ZIP alone; no database is opened. */
export async function verifyArchiveFile(file: string): Promise<boolean> {
  let files: Map<string, Uint8Array>;
  try {
    files = new Map(Object.entries(unzipSync(await readFile(file))));
  } catch (error) {
    console.error(`Cannot read ${file} as a ZIP archive: ${(error as Error).message}`);
    return false;
  }
  const verdict = verifyArchive(files, { sha256, hashBytes });
  const m = verdict.manifest;
  if (m)
    console.log(
      `Archive of ${m.process.title}, ${m.round.title}, for ${m.holder.name} (${m.takenAt})`,
    );
  if (!verdict.ok) {
    for (const problem of verdict.problems) console.error(`  BROKEN: ${problem}`);
    return false;
  }
  const c = verdict.checked;
  console.log(
    `Archive intact: ${c.files} files as listed; ${c.events} record events proved against root ${m!.record.root} (tree of ${m!.record.size}); ${c.messages} messages, ${c.revisions} revisions and ${c.attachments} files match the record.`,
  );
  return true;
}
