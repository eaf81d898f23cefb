import { describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../core/schemas/live.ts';
import type { TextView } from '../../../core/texts/schemas.ts';
import { anAccount } from '../../testing/factories.ts';
import { type Client, sharedTestApp } from '../../testing/harness.ts';
import { liveClient } from '../../testing/live-client.ts';
import { createdText, textsWorld, type TextsWorld } from '../../testing/texts-world.ts';

const t = sharedTestApp();

type Live = Awaited<ReturnType<typeof liveClient>>;

const changesIn = (frames: ServerFrame[], textId: string) =>
  frames.flatMap((f) => (f.type === 'text' && f.textId === textId ? [f.change] : []));

async function watching(c: Client, textId: string): Promise<Live> {
  const live = await liveClient(t, c);
  live.send({ type: 'watch', textId });
  await live.until((f) => f.some((x) => x.type === 'watching' || x.type === 'error'));
  return live;
}

const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
  return r;
};

async function proposeAndDecline(w: TextsWorld, doc: TextView) {
  const bracket = doc.revision.provisions[1]!.content[1] as { id: string };
  const proposal = await ok(
    w.c.opp.post(`/api/texts/${doc.id}/proposals`, {
      basedOnRevision: 1,
      operation: {
        op: 'add_option',
        bracketId: bracket.id,
        option: { kind: 'wording', text: 'to monitor the ceasefire' },
      },
    }),
  );
  const id = JSON.parse(proposal.body).id as string;
  await ok(w.c.ru.post(`/api/texts/${doc.id}/proposals/${id}/decline`, { reason: 'No.' }));
}

const agree = (c: Client, doc: TextView, participantId: string) =>
  ok(
    c.put(`/api/texts/${doc.id}/stance`, {
      provisionId: doc.revision.provisions[0]!.id,
      participantId,
      stance: 'agree',
    }),
  );

describe('live notices about a negotiating text', () => {
  it('tells each watcher of the changes it may read, and nothing of the others', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const ru = await watching(w.c.ru, doc.id);
    const un = await watching(w.c.un, doc.id);
    const opp = await watching(w.c.opp, doc.id);
    const gov = await watching(w.c.gov, doc.id);
    const us = await watching(w.c.us, doc.id);
    // A proposal and its decline: the proposer and the penholders only.
    await proposeAndDecline(w, doc);
    // The government's stance leaves the provision open: mediators-only visibility hides it.
    await agree(w.c.gov, doc, w.id('gov'));
    // The opposition's makes the provision agreed, a state every reader sees.
    await agree(w.c.opp, doc, w.id('opp'));
    await ok(w.c.ru.post(`/api/texts/${doc.id}/revisions`, { basedOnRevision: 1, label: 'two' }));
    // Each watcher's notices arrive in order, so once the revision is in, nothing else is due.
    for (const live of [ru, un, opp, gov, us]) {
      await live.until((f) => changesIn(f, doc.id).includes('revision'));
    }
    const all = ['proposal', 'proposal', 'stance', 'stance', 'revision'];
    expect(changesIn(ru.frames, doc.id)).toEqual(all);
    expect(changesIn(un.frames, doc.id)).toEqual(all);
    expect(changesIn(opp.frames, doc.id)).toEqual(['proposal', 'proposal', 'stance', 'revision']);
    expect(changesIn(gov.frames, doc.id)).toEqual(['stance', 'stance', 'revision']);
    expect(changesIn(us.frames, doc.id)).toEqual(['stance', 'revision']);
    // Content-free: no proposal id, wording, reason or party reaches any watcher.
    for (const live of [gov, us]) {
      expect(JSON.stringify(live.frames)).not.toContain(w.id('opp'));
      expect(JSON.stringify(live.frames)).not.toContain('No.');
    }
    for (const live of [ru, un, opp, gov, us]) live.close();
  });

  it('tells readers of the adoption, and follows one text only', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const other = await createdText(w);
    const gov = await watching(w.c.gov, doc.id);
    const bracket = doc.revision.provisions[1]!.content[1] as {
      id: string;
      options: { id: string }[];
    };
    await ok(w.c.ru.post(`/api/texts/${other.id}/revisions`, { basedOnRevision: 1, label: 'x' }));
    const clean = await ok(
      w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
        basedOnRevision: 1,
        label: 'clean',
        cleanings: [{ bracketId: bracket.id, optionId: bracket.options[0]!.id }],
      }),
    );
    const two = JSON.parse(clean.body) as TextView;
    for (const [c, party] of [
      [w.c.gov, w.id('gov')],
      [w.c.opp, w.id('opp')],
    ] as const) {
      for (const p of two.revision.provisions) {
        await ok(
          c.put(`/api/texts/${doc.id}/stance`, {
            provisionId: p.id,
            participantId: party,
            stance: 'agree',
          }),
        );
      }
    }
    await ok(
      w.c.ru.post(`/api/texts/${doc.id}/adoption`, {
        revision: 2,
        signatories: [w.id('ru')],
      }),
    );
    await gov.until((f) => changesIn(f, doc.id).includes('adoption'));
    expect(changesIn(gov.frames, doc.id).at(-1)).toBe('adoption');
    expect(changesIn(gov.frames, other.id)).toEqual([]);
    gov.close();
  });

  it('refuses a stranger and an unknown text alike, and stops a removed member', async () => {
    const w = await textsWorld(t);
    const doc = await createdText(w);
    const stranger = t.client();
    await stranger.signIn((await anAccount(t)).email);
    for (const [c, id] of [
      [stranger, doc.id],
      [w.c.gov, 'no-such-text'],
    ] as const) {
      const live = await watching(c, id);
      expect(live.frames).toEqual([
        expect.objectContaining({ type: 'error', code: 'forbidden', textId: id }),
      ]);
      live.close();
    }
    const adviser = await watching(w.c.oppAdviser, doc.id);
    const roster = (await w.c.opp.get(`/api/rounds/${w.roundId}`))
      .json()
      .participants.find((p: { id: string }) => p.id === w.id('opp')).delegation;
    const memberId = roster.find((m: { role: string }) => m.role === 'adviser').id;
    expect((await w.c.opp.del(`/api/members/${memberId}`)).statusCode).toBe(200);
    await adviser.until((f) => f.some((x) => x.type === 'unwatched'));
    await ok(w.c.ru.post(`/api/texts/${doc.id}/revisions`, { basedOnRevision: 1, label: 'two' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(changesIn(adviser.frames, doc.id)).toEqual([]);
    adviser.close();
  });
});
