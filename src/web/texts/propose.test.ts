import { describe, expect, it } from 'vitest';
import type { ProvisionData } from './api.ts';
import { bracketsOf, buildOperation, needsText, placesFor, type ProposeFields } from './propose.ts';

const option = (id: string, text: string | null) => ({
  id,
  kind: text === null ? ('delete' as const) : ('wording' as const),
  text,
  proposerId: null,
  proposalId: null,
  amendments: [],
});
const provision: ProvisionData = {
  id: 'p1',
  parentId: null,
  depth: 1,
  number: '1',
  part: 'operative',
  heading: false,
  text: 'The guarantors decide [to observe / (delete)] without delay.',
  content: [
    { type: 'agreed', text: 'The guarantors decide' },
    { type: 'bracket', id: 'b1', options: [option('o1', 'to observe'), option('o2', null)] },
    { type: 'agreed', text: 'without delay.' },
  ],
  brackets: 1,
  state: 'open',
  counts: null,
};
const fields = (over: Partial<ProposeFields>): ProposeFields => ({
  op: 'add_bracket',
  provision,
  provisions: [provision],
  place: placesFor('add_bracket', provision)[0],
  start: 0,
  end: 0,
  text: '',
  bracket: bracketsOf(provision)[0],
  optionId: '',
  optionKind: 'wording',
  alternative: 'none',
  part: 'operative',
  ...over,
});

describe('the proposal form’s operations', () => {
  it('brackets agreed words only, never words inside an option', () => {
    expect(placesFor('add_bracket', provision).map((p) => p.text)).toEqual([
      'The guarantors decide',
      'without delay.',
    ]);
    expect(placesFor('replace_wording', provision)).toHaveLength(3);
  });

  it('brackets a span, alone or with an alternative wording or a delete option', () => {
    const at = { in: 'agreed', provisionId: 'p1', segment: 0 };
    expect(buildOperation(fields({ start: 2, end: 1 }))).toEqual({
      op: 'add_bracket',
      at,
      start: 1,
      end: 3,
    });
    expect(buildOperation(fields({ alternative: 'wording', text: 'resolve' }))).toEqual({
      op: 'add_bracket',
      at,
      start: 0,
      end: 1,
      alternative: { kind: 'wording', text: 'resolve' },
    });
    expect(buildOperation(fields({ alternative: 'delete' }))).toMatchObject({
      alternative: { kind: 'delete' },
    });
    expect(needsText({ op: 'add_bracket', optionKind: 'wording', alternative: 'none' })).toBe(
      false,
    );
    expect(needsText({ op: 'add_bracket', optionKind: 'delete', alternative: 'wording' })).toBe(
      true,
    );
    const inOption = placesFor('replace_wording', provision).find((p) => p.in === 'option');
    expect(buildOperation(fields({ place: inOption }))).toBeNull();
  });

  it('removes the chosen option of a bracket, the first when none is chosen yet', () => {
    expect(buildOperation(fields({ op: 'remove_option', optionId: 'o2' }))).toEqual({
      op: 'remove_option',
      bracketId: 'b1',
      optionId: 'o2',
    });
    expect(buildOperation(fields({ op: 'remove_option' }))).toMatchObject({ optionId: 'o1' });
    expect(buildOperation(fields({ op: 'remove_option', bracket: undefined }))).toBeNull();
    expect(needsText({ op: 'remove_option', optionKind: 'wording', alternative: 'wording' })).toBe(
      false,
    );
  });
});
