import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { talksWorld } from '../../testing/talks-world.ts';

const t = sharedTestApp();

describe('attachments', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const upload = (
    client: Client,
    channelId: string,
    bytes: Buffer,
    type: string,
    filename = 'ceasefire-map.pdf',
  ) =>
    client.request(
      'POST',
      `/api/channels/${channelId}/attachments?filename=${encodeURIComponent(filename)}`,
      bytes,
      { 'content-type': type },
    );

  it('travel with a message, with their SHA-256, to the channel’s audience only', async () => {
    const w = await talksWorld(t);
    const up = await upload(w.c.opp, w.line('opp'), PDF, 'application/pdf');
    expect(up.statusCode, up.body).toBe(200);
    const file = up.json();
    expect(file).toMatchObject({
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    // Before it is sent, only its uploader can fetch it.
    expect((await w.c.un.get(`/api/attachments/${file.id}`)).statusCode).toBe(404);
    const sent = await w.post(w.c.opp, w.line('opp'), 'The map of the lines.', {
      attachmentIds: [file.id],
    });
    expect(sent.json().attachments).toEqual([file]);
    const got = await w.c.un.get(`/api/attachments/${file.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect((await w.c.gov.get(`/api/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await w.read(w.c.ru, w.line('opp')))[0]!.attachments).toEqual([file]);
  });

  it('are refused when disguised, unknown, or sent twice', async () => {
    const w = await talksWorld(t);
    const before = await t.recordLength();
    const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]);
    expect((await upload(w.c.gov, await w.caucus('gov'), elf, 'application/pdf')).statusCode).toBe(
      400,
    );
    expect(
      (await upload(w.c.gov, await w.caucus('gov'), elf, 'application/octet-stream')).statusCode,
    ).toBe(400);
    expect((await upload(w.c.gov, w.line('opp'), PDF, 'application/pdf')).statusCode).toBe(404);
    expect(await t.recordLength()).toBe(before);
    const file = (await upload(w.c.gov, await w.caucus('gov'), PDF, 'application/pdf')).json();
    expect(
      (await w.post(w.c.gov, await w.caucus('gov'), 'One.', { attachmentIds: [file.id] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await w.post(w.c.gov, await w.caucus('gov'), 'Two.', { attachmentIds: [file.id] }))
        .statusCode,
    ).toBe(400);
    expect(
      (await w.post(w.c.opp, await w.caucus('opp'), 'Not mine.', { attachmentIds: [file.id] }))
        .statusCode,
    ).toBe(400);
  });
});

describe('attachments of text', () => {
  it('keep their exact bytes, whatever the script', async () => {
    const w = await talksWorld(t);
    const note = Buffer.from('وقف إطلاق النار — ceasefire', 'utf8');
    const up = await w.c.gov.request(
      'POST',
      `/api/channels/${w.plenary}/attachments?filename=note.txt`,
      note,
      { 'content-type': 'text/plain; charset=utf-8' },
    );
    expect(up.statusCode, up.body).toBe(200);
    await w.post(w.c.gov, w.plenary, 'A note.', { attachmentIds: [up.json().id] });
    expect((await w.c.us.get(`/api/attachments/${up.json().id}`)).rawPayload.equals(note)).toBe(
      true,
    );
  });
});
