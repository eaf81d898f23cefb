import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_PATHS,
  assertArchiveOpen,
  disclosureOf,
  type ArchivedEvent,
  type ArchiveManifest,
} from '../../core/archives/index.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { merkleTree, type HashBytes } from '../../core/record/merkle.ts';
import { recordRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { indexOf } from './archive-index.ts';
import { collectRound, type CollectedRound } from './collect-round.ts';
import type { Reader } from '../http/read-as-caller.ts';
import { readmeFor } from './readme.ts';

const hashBytes: HashBytes = (data) => new Uint8Array(createHash('sha256').update(data).digest());
const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const asJson = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The record up to the round's own last event, with the events its holder may see and their
 * proofs. The tree stops there, so an archive made later says nothing of what happened after.
 */
async function recordPart(ctx: AppContext, collected: CollectedRound, holderParticipantId: string) {
  const { events } = await recordRepo.readChain(ctx.database.db);
  const roundId = collected.round.id;
  const size = events.findLast((e) => e.roundId === roundId)?.seq ?? 0;
  const inTree = events.slice(0, size);
  const tree = merkleTree(
    hashBytes,
    inTree.map((e) => e.hash),
  );
  const index = indexOf(collected, holderParticipantId);
  const archived: ArchivedEvent[] = [];
  for (const e of inTree) {
    const disclosure = disclosureOf(e, index);
    if (disclosure === 'excluded') continue;
    archived.push({
      ...e,
      payload: disclosure === 'payload' ? e.payload : null,
      proof: tree.inclusionProof(e.seq - 1),
    });
  }
  return { tree: { size: tree.size, root: tree.root }, events: archived };
}

function contentFiles(collected: CollectedRound): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([
    [ARCHIVE_PATHS.process, asJson(collected.process)],
    [ARCHIVE_PATHS.round, asJson(collected.round)],
  ]);
  for (const c of collected.channels) files.set(ARCHIVE_PATHS.channel(c.channel.id), asJson(c));
  for (const f of collected.files) files.set(ARCHIVE_PATHS.file(f.id, f.filename), f.bytes);
  for (const t of collected.texts) {
    const id = t.text.id;
    files.set(ARCHIVE_PATHS.text(id), asJson(t.text));
    files.set(ARCHIVE_PATHS.proposals(id), asJson({ proposals: t.proposals }));
    files.set(ARCHIVE_PATHS.languages(id), asJson(t.languages));
    for (const r of t.revisions) files.set(ARCHIVE_PATHS.revision(id, r.number), r.canonical);
  }
  return files;
}

/** Which of the caller's delegations the archive is for: the one it heads, or the one it names. */
function holderOf(collected: CollectedRound, participantId: string | undefined) {
  const heads = collected.round.viewer.headOf;
  const id = participantId ?? (heads.length === 1 ? heads[0] : undefined);
  if (!id || !heads.includes(id)) throw forbidden();
  const seat = collected.round.participants.find((p) => p.id === id);
  return { participantId: id, name: seat?.actor.name ?? id };
}

/** A delegation's archive of a round that is over: a ZIP its head can verify offline. */
export async function buildArchive(
  ctx: AppContext,
  read: Reader,
  roundId: string,
  options: { participantId?: string | undefined } = {},
): Promise<{ filename: string; bytes: Uint8Array }> {
  const collected = await collectRound(read, roundId);
  if (!collected) throw notFound('Round');
  const holder = holderOf(collected, options.participantId);
  const now = ctx.ports.clock.now();
  assertArchiveOpen(collected.round, now);
  const record = await recordPart(ctx, collected, holder.participantId);
  const files = contentFiles(collected);
  files.set(ARCHIVE_PATHS.record, asJson({ events: record.events }));
  const manifest: Omit<ArchiveManifest, 'files'> = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    takenAt: now.toISOString(),
    process: { id: collected.process.id, title: collected.process.title },
    round: { id: roundId, title: collected.round.title },
    holder,
    record: record.tree,
  };
  files.set(ARCHIVE_PATHS.readme, Buffer.from(readmeFor(manifest)));
  const digests = Object.fromEntries([...files].map(([path, bytes]) => [path, sha256Hex(bytes)]));
  files.set(ARCHIVE_PATHS.manifest, asJson({ ...manifest, files: digests }));
  const slug = collected.round.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    filename: `parley-archive-${slug || 'round'}-${now.toISOString().slice(0, 10)}.zip`,
    bytes: zipSync(Object.fromEntries(files), { level: 6 }),
  };
}
