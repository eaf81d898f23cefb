import { DomainError } from '../errors.ts';

/** What Parley accepts as attachments, each recognised by its first bytes, never by its name. */
const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
  sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The type the content really is, or null when Parley does not take it. */
export function sniff(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // A DOCX is a zip whose parts name the Word document.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = new TextDecoder('latin1').decode(
      bytes.subarray(0, Math.min(bytes.length, 64 * 1024)),
    );
    return head.includes('word/')
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : null;
  }
  return isUtf8Text(bytes) ? 'text/plain' : null;
}

/** Refuses empty, oversized, unknown and disguised files (declared type differs from the content). */
export function checkAttachment(bytes: Uint8Array, declaredType: string): AttachmentType {
  if (bytes.length === 0) throw new DomainError('validation_failed', 'The file is empty.');
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new DomainError('payload_too_large', 'Files are limited to 10 MiB.');
  const actual = sniff(bytes);
  if (!actual)
    throw new DomainError('validation_failed', 'This kind of file is not accepted.', {
      accepted: [...ATTACHMENT_TYPES],
    });
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  if (declared !== 'application/octet-stream' && declared !== actual) {
    throw new DomainError('validation_failed', 'The file is not what its type says.', {
      declared,
      actual,
    });
  }
  return actual;
}
