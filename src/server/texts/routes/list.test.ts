import { describe, expect, it } from 'vitest';
import type { TextView } from '../../../core/texts/schemas.ts';
import { sharedTestApp } from '../../testing/harness.ts';
import { createdText, STATEMENT, textsWorld } from '../../testing/texts-world.ts';

const t = sharedTestApp();

describe('the list of a round’s texts', () => {
  it('gives each text its current revision’s label and state in one response', async () => {
    const w = await textsWorld(t);
    const open = await createdText(w);
    const other = await createdText(w, { ...STATEMENT, title: 'Terms of reference' });
    const bracket = other.revision.provisions[1]!.content[1] as {
      id: string;
      options: { id: string }[];
    };
    const rev2 = await w.c.ru.post(`/api/texts/${other.id}/revisions`, {
      basedOnRevision: 1,
      label: 'clean text',
      cleanings: [{ bracketId: bracket.id, optionId: bracket.options[0]!.id }],
    });
    const clean = rev2.json() as TextView;
    for (const [c, party] of [
      [w.c.gov, w.id('gov')],
      [w.c.opp, w.id('opp')],
    ] as const) {
      for (const p of clean.revision.provisions) {
        const r = await c.put(`/api/texts/${other.id}/stance`, {
          provisionId: p.id,
          participantId: party,
          stance: 'agree',
        });
        expect(r.statusCode, r.body).toBe(200);
      }
    }
    // Stances under mediators-only visibility: the list gives the state, never whose stance.
    const res = await w.c.us.get(`/api/rounds/${w.roundId}/texts`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().texts).toEqual([
      expect.objectContaining({
        id: open.id,
        currentRevision: 1,
        revisionLabel: 'sponsors’ draft',
        state: 'open',
        adopted: false,
      }),
      expect.objectContaining({
        id: other.id,
        currentRevision: 2,
        revisionLabel: 'clean text',
        state: 'agreed',
        adopted: false,
      }),
    ]);
    expect(JSON.stringify(res.json())).not.toContain(w.id('gov'));
  });
});
