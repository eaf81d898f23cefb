import { describe, expect, it } from 'vitest';
import { countingIds } from './texts.ts';
import { generateProposals, generateText } from './generate-text.ts';
import { numberProvisions } from '../texts/numbering.ts';
import { renderPlain, visibleProposer, visibleStances } from '../texts/present.ts';
import { redline } from '../texts/redline.ts';
import { nextRevision } from '../texts/revisions.ts';
import { summarize } from '../texts/stances.ts';
import { allProvisions, checkText } from '../texts/structure.ts';

describe('generator', () => {
  it('builds the benchmark text: 300 provisions, 1,000 brackets, 3,000 options, 30 parties', () => {
    const g = generateText({
      seed: 1,
      provisions: 300,
      brackets: 1000,
      options: 3000,
      parties: 30,
    });
    const provisions = [...allProvisions(g.revision.text.provisions)];
    const brackets = provisions.flatMap((p) => p.content.filter((s) => s.type === 'bracket'));
    expect(provisions).toHaveLength(300);
    expect(brackets).toHaveLength(1000);
    expect(brackets.reduce((n, b) => n + (b.type === 'bracket' ? b.options.length : 0), 0)).toBe(
      3000,
    );
    expect(g.parties).toHaveLength(30);
    expect(g.stances).toHaveLength(300 * 30);
    expect(() => checkText(g.revision.text)).not.toThrow();
    expect(
      generateText({ seed: 1, provisions: 300, brackets: 1000, options: 3000, parties: 30 }),
    ).toEqual(g);
    expect(
      generateText({ seed: 2, provisions: 300, brackets: 1000, options: 3000, parties: 30 }),
    ).not.toEqual(g);

    const summary = summarize(g.revision, g.stances, g.parties);
    expect(summary.brackets).toBe(1000);
    const proposals = generateProposals(g.revision, { seed: 3, count: 100, proposers: g.parties });
    const rev2 = nextRevision(
      g.revision,
      { basedOnRevision: 1, proposals, cleanings: [] },
      { label: 'Rev.2', issuedBy: 'penholder', issuedAt: new Date(0) },
      countingIds('r2'),
    );
    const r = redline(g.revision.text, rev2.text);
    expect(r.provisions.filter((p) => p.change === 'changed').length).toBeGreaterThan(50);
  });
});

describe('presentation', () => {
  const g = generateText({ seed: 5, provisions: 12, brackets: 6, options: 12, parties: 3 });
  it('renders numbered paragraphs: preamble unnumbered, operative 1, 2, 2.1', () => {
    const lines = renderPlain(g.revision.text).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).not.toMatch(/^\d/);
    expect(numberProvisions(g.revision.text).map((n) => n.number)).toEqual([
      null,
      '1',
      '2',
      '2.1',
      '3',
      '4',
      '5',
      '5.1',
      '6',
      '7',
      '8',
      '8.1',
    ]);
  });

  it('withholds proposers from other parties and stances from non-mediators when set so', () => {
    const option = { proposerId: 'gov' };
    const party = { participantId: 'opp', privileged: false };
    expect(visibleProposer({ attribution: 'named' }, option, party)).toBe('gov');
    expect(visibleProposer({ attribution: 'withheld' }, option, party)).toBeNull();
    expect(
      visibleProposer({ attribution: 'withheld' }, option, {
        participantId: 'gov',
        privileged: false,
      }),
    ).toBe('gov');
    expect(
      visibleProposer({ attribution: 'withheld' }, option, {
        participantId: null,
        privileged: true,
      }),
    ).toBe('gov');
    const mine = visibleStances({ stanceVisibility: 'mediators' }, g.stances, {
      participantId: 'party-1',
      privileged: false,
    });
    expect(new Set(mine.map((s) => s.participantId))).toEqual(new Set(['party-1']));
    expect(visibleStances({ stanceVisibility: 'participants' }, g.stances, party)).toHaveLength(
      g.stances.length,
    );
  });
});
