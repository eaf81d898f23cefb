import { z } from 'zod';

export const ARCHIVE_FORMAT = 'parley-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ArchiveManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  takenAt: z.iso.datetime(),
  process: z.object({ id: z.string(), title: z.string() }),
  round: z.object({ id: z.string(), title: z.string() }),
  holder: z.object({ participantId: z.string(), name: z.string() }),
  /** The record's Merkle tree when the archive was made: every event in it is proved against this. */
  record: z.object({ size: z.number().int().nonnegative(), root: Hex64 }),
  /** SHA-256 of every other file in the archive, by path. */
  files: z.record(z.string(), Hex64),
});
export type ArchiveManifest = z.infer<typeof ArchiveManifest>;

export const ArchivedEvent = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  action: z.string(),
  subjectKind: z.string(),
  subjectId: z.string(),
  roundId: z.string().nullable(),
  /** Null where the holder may know the event happened but not all it says (see concern.ts). */
  payload: z.record(z.string(), z.unknown()).nullable(),
  payloadDigest: Hex64,
  prevHash: Hex64,
  hash: Hex64,
  /** The audit path from this event's leaf to the manifest's root. */
  proof: z.array(Hex64),
});
export type ArchivedEvent = z.infer<typeof ArchivedEvent>;

export const ArchivedRecord = z.object({ events: z.array(ArchivedEvent) });

/** Where each part lives inside the ZIP. */
export const ARCHIVE_PATHS = {
  manifest: 'manifest.json',
  readme: 'README.txt',
  process: 'process.json',
  round: 'round.json',
  record: 'record/events.json',
  channel: (id: string) => `channels/${id}.json`,
  file: (id: string, filename: string) => `files/${id}/${filename.replace(/[/\\]/g, '_')}`,
  text: (id: string) => `texts/${id}/text.json`,
  proposals: (id: string) => `texts/${id}/proposals.json`,
  languages: (id: string) => `texts/${id}/languages.json`,
  revision: (id: string, n: number) => `texts/${id}/revisions/${n}.json`,
} as const;
