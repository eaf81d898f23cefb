import { canonicalJson, hashOf, type Sha256 } from '../record/chain.ts';
import { toHex, verifyInclusion, type HashBytes } from '../record/merkle.ts';
import { ARCHIVE_PATHS, ArchivedRecord, ArchiveManifest, type ArchivedEvent } from './manifest.ts';

export interface ArchiveVerdict {
  ok: boolean;
  problems: string[];
  manifest?: ArchiveManifest;
  /** What was checked against the record. */
  checked: {
    files: number;
    events: number;
    messages: number;
    revisions: number;
    attachments: number;
  };
}

interface Ports {
  sha256: Sha256;
  hashBytes: HashBytes;
}

type Files = ReadonlyMap<string, Uint8Array>;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const json = (files: Files, path: string): unknown => {
  const bytes = files.get(path);
  return bytes === undefined ? undefined : JSON.parse(decode(bytes));
};

function checkFiles(files: Files, manifest: ArchiveManifest, ports: Ports, problems: string[]) {
  for (const [path, digest] of Object.entries(manifest.files)) {
    const bytes = files.get(path);
    if (!bytes) problems.push(`${path} is missing`);
    else if (toHex(ports.hashBytes(bytes)) !== digest) problems.push(`${path} was altered`);
  }
  for (const path of files.keys())
    if (path !== ARCHIVE_PATHS.manifest && !(path in manifest.files))
      problems.push(`${path} is not in the manifest`);
}

function checkEvent(e: ArchivedEvent, manifest: ArchiveManifest, ports: Ports): string | null {
  if (e.payload && ports.sha256(canonicalJson(e.payload)) !== e.payloadDigest)
    return `event ${e.seq}: its payload does not match its digest`;
  if (hashOf(ports.sha256, e) !== e.hash) return `event ${e.seq}: its fields do not hash to it`;
  const proof = { index: e.seq - 1, size: manifest.record.size, eventHash: e.hash };
  if (!verifyInclusion(ports.hashBytes, { ...proof, path: e.proof, root: manifest.record.root }))
    return `event ${e.seq} is not in the record whose root the manifest names`;
  return null;
}

interface ArchivedMessage {
  id: string;
  type: string;
  body: string;
}

/** Every message the archive holds, checked against the digest its record event keeps. */
function checkMessages(files: Files, byMessage: Map<string, ArchivedEvent>, ports: Ports) {
  const problems: string[] = [];
  let count = 0;
  for (const path of files.keys()) {
    if (!path.startsWith('channels/')) continue;
    const { messages } = json(files, path) as { messages: ArchivedMessage[] };
    for (const m of messages) {
      const event = byMessage.get(m.id);
      const digest = ports.sha256(canonicalJson({ body: m.body, type: m.type }));
      if (!event) problems.push(`message ${m.id} has no event in the archive's record`);
      else if (event.payload?.digest !== digest)
        problems.push(`message ${m.id} differs from what the record holds`);
      else count++;
    }
  }
  return { problems, count };
}

/** Each revision's canonical text hashes to the hash its text view and its record event name. */
function checkRevisions(files: Files, events: readonly ArchivedEvent[], ports: Ports) {
  const problems: string[] = [];
  let count = 0;
  for (const [path, bytes] of files) {
    const match = /^texts\/([^/]+)\/revisions\/(\d+)\.json$/.exec(path);
    if (!match) continue;
    const [, textId, n] = match;
    const hash = toHex(ports.hashBytes(bytes));
    const view = json(files, ARCHIVE_PATHS.text(textId!)) as {
      revisions: { number: number; hash: string }[];
    };
    if (view.revisions.find((r) => r.number === Number(n))?.hash !== hash)
      problems.push(`${path} is not the revision its text names`);
    const recorded = events.find(
      (e) => e.subjectId === textId && e.payload?.revision === Number(n) && 'label' in e.payload,
    );
    if (recorded && recorded.payload?.hash !== hash)
      problems.push(`${path} is not the revision the record holds`);
    count++;
  }
  return { problems, count };
}

function checkAttachments(files: Files, events: readonly ArchivedEvent[], ports: Ports) {
  const problems: string[] = [];
  let count = 0;
  for (const [path, bytes] of files) {
    const match = /^files\/([^/]+)\//.exec(path);
    if (!match) continue;
    const upload = events.find(
      (e) => e.action === 'attachment.upload' && e.payload?.attachmentId === match[1],
    );
    if (!upload) problems.push(`${path} has no event in the archive's record`);
    else if (upload.payload?.sha256 !== toHex(ports.hashBytes(bytes)))
      problems.push(`${path} differs from the file the record holds`);
    else count++;
  }
  return { problems, count };
}

/**
 * Checks an archive offline: every file against the manifest, every event against its own hash and
 * the record's root, and every message, revision and file against the event that recorded it.
 */
export function verifyArchive(files: Files, ports: Ports): ArchiveVerdict {
  const checked = { files: 0, events: 0, messages: 0, revisions: 0, attachments: 0 };
  const parsed = ArchiveManifest.safeParse(json(files, ARCHIVE_PATHS.manifest) ?? null);
  if (!parsed.success)
    return { ok: false, problems: ['this is not a Parley archive (no manifest)'], checked };
  const manifest = parsed.data;
  const problems: string[] = [];
  checkFiles(files, manifest, ports, problems);
  checked.files = Object.keys(manifest.files).length;
  if (problems.length > 0) return { ok: false, problems, manifest, checked };
  const record = ArchivedRecord.safeParse(json(files, ARCHIVE_PATHS.record));
  if (!record.success)
    return { ok: false, problems: ['its record is malformed'], manifest, checked };
  const { events } = record.data;
  for (const e of events) {
    const problem = checkEvent(e, manifest, ports);
    if (problem) problems.push(problem);
  }
  checked.events = events.length;
  const byMessage = new Map(
    events.flatMap((e) =>
      ['message.post', 'message.relay'].includes(e.action) && e.payload
        ? [[e.payload.messageId as string, e] as const]
        : [],
    ),
  );
  const messages = checkMessages(files, byMessage, ports);
  const revisions = checkRevisions(files, events, ports);
  const attachments = checkAttachments(files, events, ports);
  problems.push(...messages.problems, ...revisions.problems, ...attachments.problems);
  checked.messages = messages.count;
  checked.revisions = revisions.count;
  checked.attachments = attachments.count;
  return { ok: problems.length === 0, problems, manifest, checked };
}
