export { disclosureOf, type ArchiveIndex } from './concern.ts';
export {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_PATHS,
  type ArchiveManifest,
  type ArchivedEvent,
} from './manifest.ts';
export { verifyArchive } from './verify-archive.ts';
export { archiveIsOpen, assertArchiveOpen } from './availability.ts';
