import { describe, expect, it } from 'vitest';
import { learnsOf, type TextAudience, type TextReader } from './present.ts';

const reader = (r: Partial<TextReader>): TextReader => ({
  penholder: false,
  allStances: false,
  ownSeats: [],
  ...r,
});
const penholder = reader({ penholder: true, allStances: true, ownSeats: ['ru'] });
const gov = reader({ ownSeats: ['gov'] });
const opp = reader({ ownSeats: ['opp'] });
const observer = reader({});

describe('who learns of a change to a text', () => {
  const cases: [string, TextAudience, TextReader[], TextReader[]][] = [
    ['a revision', { kind: 'readers' }, [penholder, gov, opp, observer], []],
    ['a proposal', { kind: 'proposal', proposerId: 'opp' }, [penholder, opp], [gov, observer]],
    ['a stance', { kind: 'stance', participantId: 'gov' }, [penholder, gov], [opp, observer]],
    [
      'a stance when participants see every stance',
      { kind: 'stance', participantId: 'gov' },
      [reader({ allStances: true, ownSeats: ['opp'] })],
      [observer],
    ],
  ];
  it.each(cases)('%s', (_, audience, learn, never) => {
    for (const r of learn) expect(learnsOf(r, audience)).toBe(true);
    for (const r of never) expect(learnsOf(r, audience)).toBe(false);
  });
});
