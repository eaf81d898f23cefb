import { describe, expect, it } from 'vitest';
import { firstRevision } from '../../core/texts/revisions.ts';
import { renderPlain } from '../../core/texts/present.ts';
import { astana, codeOf } from '../../core/testing/texts.ts';
import type { Edit } from '../../core/texts/edits.ts';
import type { ProposalData } from './api.ts';
import { numberProvisions } from '../../core/texts/numbering.ts';
import { draftOf, placesOf, rewording, withoutStep, wordRange } from './desk-model.ts';

const at = { in: 'agreed', provisionId: 'p1', segment: 0 } as const;
const rev1 = firstRevision(astana(), { label: 'draft', issuedBy: 'ru', issuedAt: new Date(0) });
const [, pre2, op1, op2, op3] = rev1.text.provisions.map((p) => p.id);
const sub = rev1.text.provisions[3]!.children[0]!.id;
const NONE = new Map<string, ProposalData>();

describe('rewording', () => {
  it.each([
    [
      'a word replaced',
      'shall respect the ceasefire',
      'shall fully observe the ceasefire',
      { op: 'replace_wording', start: 1, end: 2, text: 'fully observe' },
    ],
    [
      'words inserted',
      'shall respect the ceasefire',
      'shall respect the whole ceasefire',
      { op: 'insert_wording', position: 3, text: 'whole' },
    ],
    [
      'words at the end',
      'shall respect',
      'shall respect it',
      { op: 'insert_wording', position: 2, text: 'it' },
    ],
    [
      'words deleted',
      'shall fully respect the ceasefire',
      'shall respect the ceasefire',
      { op: 'delete_wording', start: 1, end: 2 },
    ],
    ['everything deleted', 'shall respect', '  ', { op: 'delete_wording', start: 0, end: 2 }],
    [
      'a repeated word',
      'the the ceasefire',
      'the ceasefire',
      { op: 'delete_wording', start: 1, end: 2 },
    ],
  ])('%s becomes the smallest operation', (_, before, after, expected) => {
    expect(rewording(at, before, after)).toEqual({ at, ...expected });
  });

  it('is nothing where only spacing changed', () => {
    expect(rewording(at, 'shall respect', '  shall   respect ')).toBeNull();
  });
});

describe('the words a selection touches', () => {
  const text = 'The parties shall respect';
  it.each([
    ['one word', 12, 17, { start: 2, end: 3 }],
    ['part of a word', 14, 15, { start: 2, end: 3 }],
    ['across words and spaces', 3, 13, { start: 1, end: 3 }],
    ['the whole text', 0, text.length, { start: 0, end: 4 }],
    ['a caret alone', 5, 5, null],
    ['spaces alone', 11, 12, null],
  ])('%s', (_, from, to, expected) => {
    expect(wordRange(text, from, to)).toEqual(expected);
  });
});

describe('where a provision may move', () => {
  const entries = numberProvisions(rev1.text);
  const place = placesOf(entries);
  const of = (id: string) => place(entries.find((e) => e.provision.id === id)!);
  it.each([
    ['¶2: up and down', op2, { index: 3, up: true, down: true, removable: true }],
    ['¶1: not up into the preamble', op1, { index: 2, up: false, down: true, removable: true }],
    ['¶3: not down past the end', op3, { index: 4, up: true, down: false, removable: true }],
    [
      'the second preambular paragraph: not down into the operative part',
      pre2,
      { index: 1, up: true, down: false, removable: true },
    ],
    ['¶2.1: alone among its siblings', sub, { index: 0, up: false, down: false, removable: true }],
  ])('%s', (_, id, expected) => {
    expect(of(id!)).toEqual(expected);
  });
});

describe('the draft', () => {
  const addAtEnd: Edit = {
    op: 'add_provision',
    parentId: null,
    provision: {
      part: 'operative',
      content: [{ type: 'agreed', text: 'The guarantors meet again.' }],
    },
  };
  const rewordNew: Edit = {
    op: 'insert_wording',
    at: { in: 'agreed', provisionId: 'new_2_1', segment: 0 },
    position: 0,
    text: 'Then',
  };

  it('applies the steps as the revision will, and points at what earlier steps made', () => {
    const draft = draftOf(rev1, [addAtEnd, addAtEnd, rewordNew], NONE, 'ru');
    expect(renderPlain(draft).split('\n').slice(-2)).toEqual([
      '4. The guarantors meet again.',
      '5. Then The guarantors meet again.',
    ]);
  });

  it('takes proposals in from the list, and refuses one it does not know', () => {
    const proposal = {
      id: 'prop-1',
      proposerId: 'opp',
      basedOnRevision: 1,
      operation: { op: 'remove_provision', provisionId: op3 },
      rationale: '',
    } as ProposalData;
    const draft = draftOf(
      rev1,
      [{ op: 'take_in', proposalId: 'prop-1' }],
      new Map([['prop-1', proposal]]),
      'ru',
    );
    expect(draft.provisions.map((p) => p.id)).not.toContain(op3);
    expect(codeOf(() => draftOf(rev1, [{ op: 'take_in', proposalId: 'other' }], NONE, 'ru'))).toBe(
      'not_found',
    );
  });

  it('drops a step and renames what later steps made, so that they still apply', () => {
    const steps = [addAtEnd, addAtEnd, rewordNew];
    expect(withoutStep(steps, 0)).toEqual([
      addAtEnd,
      { ...rewordNew, at: { ...rewordNew.at, provisionId: 'new_1_1' } },
    ]);
    expect(
      renderPlain(draftOf(rev1, withoutStep(steps, 0), NONE, 'ru'))
        .split('\n')
        .at(-1),
    ).toBe('4. Then The guarantors meet again.');
    // Without the step that made what it points at, the rewording no longer applies.
    expect(codeOf(() => draftOf(rev1, withoutStep(steps, 1), NONE, 'ru'))).toBe('not_found');
  });
});
