import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { TextView } from '../../../core/texts/schemas.ts';
import { recordRepo, sha256 } from '../../../db/index.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { drawnText, linesOf } from '../../testing/pdf-text.ts';
import { createdText, textsWorld, type TextsWorld } from '../../testing/texts-world.ts';

const t = sharedTestApp();

const docOf = async (c: Client, id: string, revision?: number) => {
  const res = await c.get(`/api/texts/${id}${revision ? `?revision=${revision}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TextView;
};

const world = () => textsWorld(t);
const created = (w: TextsWorld) => createdText(w);

/** Unzips one entry of a ZIP archive (enough for a DOCX). */
function unzipEntry(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = zip.readUInt32LE(eocd + 16);
  const entries = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} not in the archive`);
}

describe('a negotiating text, from Rev.1 to adoption', () => {
  it('runs the whole flow through the API', async () => {
    const w = await world();
    const doc = await created(w);
    expect(doc).toMatchObject({
      currentRevision: 1,
      state: 'open',
      brackets: 1,
      revision: { number: 1, label: 'sponsors’ draft', issuedBy: w.id('ru') },
      viewer: { penholder: true },
    });
    expect(doc.revision.provisions.map((p) => [p.number, p.text])).toEqual([
      [null, 'Reaffirming their commitment to the unity of Syria,'],
      [
        '1',
        'The guarantors decide to set up a trilateral mechanism [to observe and ensure full compliance with the ceasefire / (delete)] without delay.',
      ],
      ['2', 'The ceasefire in force since 30 December 2016 shall hold.'],
    ]);
    const bracket = doc.revision.provisions[1]!.content[1]!;
    if (bracket.type !== 'bracket') throw new Error('expected a bracket');

    // A party proposes another option; the proposal is confidential to it and the penholders.
    const res = await w.c.oppSpokesperson.post(`/api/texts/${doc.id}/proposals`, {
      basedOnRevision: 1,
      operation: {
        op: 'add_option',
        bracketId: bracket.id,
        option: { kind: 'wording', text: 'to monitor the ceasefire regime jointly' },
      },
      rationale: 'Monitoring is what the parties can accept.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json();
    expect(proposal).toMatchObject({ proposerId: w.id('opp'), status: 'pending' });
    const seen = async (c: Client) =>
      ((await c.get(`/api/texts/${doc.id}/proposals`)).json().proposals as { id: string }[])
        .map((p) => p.id)
        .includes(proposal.id);
    for (const c of [w.c.opp, w.c.oppAdviser, w.c.ru, w.c.ir, w.c.un])
      expect(await seen(c)).toBe(true);
    for (const c of [w.c.gov, w.c.us]) expect(await seen(c)).toBe(false);
    // The record holds a digest of the content only.
    const { events } = await recordRepo.readChain(t.ctx.database.db);
    const submitted = events.find((e) => e.action === 'text.propose')!;
    expect(JSON.stringify(submitted.payload)).not.toContain('monitor');
    expect(submitted.payload).toMatchObject({ content: { digest: expect.any(String) } });

    // Rev.2 takes it in, attribution kept.
    const rev2 = await w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
      basedOnRevision: 1,
      label: 'second draft',
      proposalIds: [proposal.id],
    });
    expect(rev2.statusCode, rev2.body).toBe(200);
    const two = rev2.json() as TextView;
    expect(two.currentRevision).toBe(2);
    const options = (two.revision.provisions[1]!.content[1] as { options: unknown[] }).options;
    expect(options.at(-1)).toMatchObject({
      text: 'to monitor the ceasefire regime jointly',
      proposerId: w.id('opp'),
      proposalId: proposal.id,
    });
    // Taken in, the proposal is seen by the other party too (and by name: attribution is named).
    expect(await seen(w.c.gov)).toBe(true);
    expect(await seen(w.c.us)).toBe(false);

    // The redline shows the change and its proposer.
    const redline = (await w.c.gov.get(`/api/texts/${doc.id}/redline?from=1&to=2`)).json();
    const changed = redline.provisions.find((p: { change: string }) => p.change === 'changed');
    expect(changed.text).toContain('{+/ to monitor the ceasefire regime jointly+}');
    expect(changed.pieces).toContainEqual({
      change: 'insert',
      token: expect.objectContaining({ t: 'option', proposerId: w.id('opp') }),
    });
    expect(redline).toMatchObject({ from: 1, to: 2, inserted: 6, deleted: 0 });

    // Rev.3 cleans the bracket: the party's option becomes agreed wording.
    const opp = (
      two.revision.provisions[1]!.content[1] as { options: { id: string }[] }
    ).options.at(-1)!;
    const rev3 = await w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
      basedOnRevision: 2,
      label: 'clean text',
      cleanings: [{ bracketId: bracket.id, optionId: opp.id }],
    });
    expect(rev3.statusCode, rev3.body).toBe(200);
    const three = rev3.json() as TextView;
    expect(three.brackets).toBe(0);
    const redline23 = (await w.c.us.get(`/api/texts/${doc.id}/redline?from=2&to=3`)).json();
    expect(redline23.deleted).toBeGreaterThan(0);
    expect(JSON.stringify(redline23)).toContain('"change":"delete"');

    // Stances turn provisions agreed; the mediators-only setting hides the other party's.
    for (const [c, party] of [
      [w.c.gov, w.id('gov')],
      [w.c.oppSpokesperson, w.id('opp')],
    ] as const) {
      for (const p of three.revision.provisions) {
        const r = await c.put(`/api/texts/${doc.id}/stance`, {
          provisionId: p.id,
          participantId: party,
          stance: 'agree',
        });
        expect(r.statusCode, r.body).toBe(200);
      }
    }
    const agreed = await docOf(w.c.un, doc.id);
    expect(agreed.state).toBe('agreed');
    expect(agreed.revision.provisions.map((p) => p.state)).toEqual(['agreed', 'agreed', 'agreed']);
    expect(agreed.stances).toHaveLength(6);
    const govView = await docOf(w.c.gov, doc.id);
    expect(new Set(govView.stances.map((s) => s.participantId))).toEqual(new Set([w.id('gov')]));
    expect(govView.revision.provisions[0]!.counts).toBeNull();
    const observerView = await docOf(w.c.us, doc.id);
    expect(observerView.stances).toEqual([]);
    expect(observerView.revision.provisions[1]!.text).toContain('to monitor the ceasefire regime');

    // Adoption by the three sponsors; each approves the canonical text's SHA-256.
    const opened = await w.c.ru.post(`/api/texts/${doc.id}/adoption`, {
      revision: 3,
      signatories: [w.id('ru'), w.id('ir'), w.id('tr')],
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const canonical = await w.c.us.get(`/api/texts/${doc.id}/revisions/3/canonical`);
    expect(canonical.statusCode).toBe(200);
    const hash = sha256(canonical.body);
    expect(opened.json().adoption).toMatchObject({ hash, adoptedAt: null });
    expect(opened.json().revision.hash).toBe(hash);
    for (const [c, who] of [
      [w.c.ru, 'ru'],
      [w.c.ir, 'ir'],
      [w.c.tr, 'tr'],
    ] as const) {
      const r = await c.post(`/api/texts/${doc.id}/signatures`, {
        participantId: w.id(who),
        hash,
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const adopted = await docOf(w.c.us, doc.id);
    expect(adopted.adoption).toMatchObject({ hash, adoptedAt: expect.any(String) });
    expect(adopted.adoption!.signatures.map((s) => s.participantId)).toEqual([
      w.id('ru'),
      w.id('ir'),
      w.id('tr'),
    ]);
    const list = (await w.c.gov.get(`/api/rounds/${w.roundId}/texts`)).json();
    expect(list.texts).toEqual([
      expect.objectContaining({ id: doc.id, adopted: true, adoptedHash: hash }),
    ]);
    const chain = await recordRepo.readChain(t.ctx.database.db);
    expect(chain.events.find((e) => e.action === 'text.adopt')?.payload).toMatchObject({
      revision: 3,
      hash,
    });

    // Exports: DOCX and PDF, clean and redline, with the adopted hash in the footer.
    const docx = await w.c.us.get(`/api/texts/${doc.id}/revisions/3/export.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const zip = docx.rawPayload;
    expect(unzipEntry(zip, 'word/document.xml')).toContain(
      'The ceasefire in force since 30 December 2016 shall hold.',
    );
    expect(unzipEntry(zip, 'word/footer1.xml')).toContain(hash);
    const redlineDocx = await w.c.gov.get(
      `/api/texts/${doc.id}/revisions/2/export.docx?view=redline`,
    );
    const xml = unzipEntry(redlineDocx.rawPayload, 'word/document.xml');
    expect(xml).toContain('w:u w:val="single"');
    expect(xml).toContain('to monitor the ceasefire regime jointly');
    const pdf = await w.c.gov.get(`/api/texts/${doc.id}/revisions/3/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders a PDF that holds the text, struck deletions and the hash', async () => {
    const { printable, toPdf } = await import('../export/texts.ts');
    const { astana } = await import('../../../core/testing/texts.ts');
    const { firstRevision } = await import('../../../core/texts/revisions.ts');
    const rev = firstRevision(astana(), {
      label: 'draft',
      issuedBy: 'p',
      issuedAt: new Date('2017-01-23T10:00:00Z'),
    });
    const input = printable({
      rev: { ...rev, hash: 'f'.repeat(64) },
      older: null,
      adopted: null,
      participantNames: new Map(),
    });
    const pdf = await toPdf(input, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = linesOf(drawnText(pdf)).join(' ');
    expect(text).toContain(input.title);
    expect(text).toContain('f'.repeat(64));
    const firstWords = input.paragraphs[1]!.runs[0]!.text.split(' ').slice(0, 3).join(' ');
    expect(text).toContain(firstWords);
  });
});
