import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkAttachment, sniff } from './files.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : 'crash';
  }
};

describe('attachment content checks', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n...'), 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['a GIF', bytes('GIF89a...'), 'image/gif'],
    ['a WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    [
      'a DOCX',
      bytes([0x50, 0x4b, 0x03, 0x04], '....word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['Arabic text', bytes('وقف إطلاق النار'), 'text/plain'],
    ['an executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), null],
    ['a zip that is not Word', bytes([0x50, 0x4b, 0x03, 0x04], 'payload.exe'), null],
  ])('recognises %s', (_l, content, type) => {
    expect(sniff(content)).toBe(type);
  });

  it.each([
    ['the declared type matches', bytes('%PDF-1.4'), 'application/pdf', 'ok'],
    ['no type is declared', bytes('%PDF-1.4'), 'application/octet-stream', 'ok'],
    [
      'an executable is disguised as a PDF',
      bytes([0x7f, 0x45, 0x4c, 0x46]),
      'application/pdf',
      'validation_failed',
    ],
    ['a PDF claims to be a picture', bytes('%PDF-1.4'), 'image/png', 'validation_failed'],
    ['the file is empty', bytes(), 'text/plain', 'validation_failed'],
    [
      'the file is too large',
      new Uint8Array(10 * 1024 * 1024 + 1).fill(65),
      'text/plain',
      'payload_too_large',
    ],
  ])('when %s: %s', (_l, content, declared, outcome) => {
    expect(codeOf(() => checkAttachment(content, declared))).toBe(outcome);
  });
});
