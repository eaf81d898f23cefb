import { describe, expect, it } from 'vitest';
import { astana, bracketsOf, codeOf, countingIds, provisionAt } from '../testing/texts.ts';
import { madeName, moveProvision, type RevisionStep } from './edits.ts';
import type { Operation } from './operations.ts';
import { renderPlain } from './present.ts';
import type { Proposal } from './proposals.ts';
import { redline, renderRedline, renderTokens, tokensOf } from './redline.ts';
import { allProvisions } from './structure.ts';
import { draftRevision, firstRevision, nextRevision, type RevisionInput } from './revisions.ts';
import type { NegotiatingText } from './types.ts';

const meta = { label: 'second draft', issuedBy: 'ru', issuedAt: new Date('2017-01-24T10:00:00Z') };
const rev1 = firstRevision(astana(), { ...meta, label: "sponsors' draft" });
// Top level: two preambular paragraphs, then ¶1, ¶2 (with ¶2.1) and ¶3.
const [pre1, pre2, op1, op2, op3] = rev1.text.provisions.map((p) => p.id) as [
  string,
  string,
  string,
  string,
  string,
];
const sub = provisionAt(rev1.text, 3, 0).id;
const mech = bracketsOf(provisionAt(rev1.text, 3))[0]!;
const proposal = (operation: Operation, overrides: Partial<Proposal> = {}): Proposal => ({
  id: 'prop-1',
  textId: rev1.textId,
  proposerId: 'opp',
  basedOnRevision: 1,
  operation,
  rationale: '',
  ...overrides,
});
const input = (steps: RevisionStep[], more: Partial<RevisionInput> = {}): RevisionInput => ({
  basedOnRevision: 1,
  proposals: [],
  cleanings: [],
  steps,
  ...more,
});
const issue = (steps: RevisionStep[], more: Partial<RevisionInput> = {}) =>
  nextRevision(rev1, input(steps, more), meta, countingIds('real'));
const wordings = (text: NegotiatingText) =>
  [...allProvisions(text.provisions)].map((p) => renderTokens(tokensOf(p.content))).sort();

describe('moving a provision', () => {
  it.each([
    ['¶3 up before ¶2', { provisionId: op3, parentId: null, position: 3 }, [op1, op3, op2]],
    ['¶1 down to the end', { provisionId: op1, parentId: null, position: 4 }, [op2, op3, op1]],
    ['¶3 into ¶2, before ¶2.1', { provisionId: op3, parentId: op2, position: 0 }, [op1, op2]],
    ['¶2.1 out to the top, last', { provisionId: sub, parentId: null, position: 5 }, null],
  ])('%s', (_, move, operative) => {
    const moved = moveProvision(rev1.text, { op: 'move_provision', ...move });
    if (operative) expect(moved.provisions.slice(2).map((p) => p.id)).toEqual(operative);
    const target = move.parentId === null ? moved.provisions : provisionAt(moved, 3).children;
    expect(target[move.position]!.id).toBe(move.provisionId);
    // The provision moves whole: its wording and sub-paragraphs go with it.
    expect(wordings(moved)).toEqual(wordings(rev1.text));
  });

  it.each([
    [
      'operative wording before the preamble',
      { provisionId: op1, parentId: null, position: 0 },
      'invalid_structure',
    ],
    [
      'a preambular paragraph after the operative part',
      { provisionId: pre1, parentId: null, position: 4 },
      'invalid_structure',
    ],
    [
      'a provision under its own sub-paragraph',
      { provisionId: op2, parentId: sub, position: 0 },
      'invalid_structure',
    ],
    [
      'a provision under itself',
      { provisionId: op2, parentId: op2, position: 0 },
      'invalid_structure',
    ],
    [
      'a preambular paragraph under an operative one',
      { provisionId: pre2, parentId: op1, position: 0 },
      'invalid_structure',
    ],
    ['past the end of the list', { provisionId: op1, parentId: null, position: 5 }, 'invalid_span'],
    [
      'a position that is no number',
      { provisionId: op1, parentId: null, position: 1.5 },
      'invalid_span',
    ],
    [
      'a provision that does not exist',
      { provisionId: 'nope', parentId: null, position: 0 },
      'not_found',
    ],
    [
      'under a provision that does not exist',
      { provisionId: op1, parentId: 'nope', position: 0 },
      'not_found',
    ],
  ])('refuses to move %s', (_, move, code) => {
    expect(codeOf(() => moveProvision(rev1.text, { op: 'move_provision', ...move }))).toBe(code);
  });
});

describe('the penholder’s direct edits', () => {
  const reword: Operation = {
    op: 'replace_wording',
    at: { in: 'agreed', provisionId: op1, segment: 0 },
    start: 0,
    end: 1,
    text: 'Reaffirm firmly',
  };
  const addAfterOp3: Operation = {
    op: 'add_provision',
    parentId: null,
    provision: {
      part: 'operative',
      content: [{ type: 'agreed', text: 'The guarantors meet again.' }],
    },
  };

  it('applies them in order after proposals and cleanings, attributed to the penholder', () => {
    const taken = proposal({ op: 'add_option', bracketId: mech.id, option: { kind: 'delete' } });
    const rev2 = issue(
      [
        reword,
        {
          op: 'add_option',
          bracketId: mech.id,
          option: { kind: 'wording', text: 'set up a group' },
        },
      ],
      { proposals: [taken] },
    );
    expect(rev2.proposalIds).toEqual(['prop-1']);
    expect(renderRedline(redline(rev1.text, rev2.text).provisions[2]!)).toBe(
      'Reaffirm {+firmly+} their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic;',
    );
    const options = bracketsOf(provisionAt(rev2.text, 3))[0]!.options;
    expect(options.slice(2).map((o) => [o.kind, o.proposerId, o.proposalId])).toEqual([
      ['delete', 'opp', 'prop-1'],
      ['wording', 'ru', null],
    ]);
  });

  it('names what a step makes, so that later steps can point at it', () => {
    const steps: RevisionStep[] = [
      addAfterOp3,
      {
        op: 'add_bracket',
        at: { in: 'agreed', provisionId: madeName(1, 1), segment: 0 },
        start: 3,
        end: 4,
        alternative: { kind: 'wording', text: 'convene' },
      },
      // add_bracket makes the option that stood, the alternative, then the bracket itself.
      { op: 'add_option', bracketId: madeName(2, 3), option: { kind: 'delete' } },
      { op: 'move_provision', provisionId: madeName(1, 1), parentId: null, position: 2 },
    ];
    const draft = draftRevision(rev1, input(steps), 'ru');
    const added = provisionAt(draft, 2);
    expect(added.id).toBe('new_1_1');
    expect(renderPlain({ provisions: [added] })).toBe(
      '1. The guarantors meet [again. / convene / (delete)]',
    );
    expect(bracketsOf(added)[0]!.id).toBe('new_2_3');
    // Issued, the same steps give the same text, with real ids in place of the names.
    const rev2 = issue(steps);
    expect(renderPlain(rev2.text)).toBe(renderPlain(draft));
    expect(JSON.stringify(rev2.text)).not.toContain('new_');
    expect(provisionAt(rev2.text, 2).id).toMatch(/^real-/u);
  });

  it('takes a proposal in at its place among the steps, keeping its proposer', () => {
    const taken = proposal({
      op: 'insert_wording',
      at: { in: 'agreed', provisionId: op3, segment: 0 },
      position: 0,
      text: 'Jointly',
    });
    const rev2 = issue([addAfterOp3, { op: 'take_in', proposal: taken }]);
    expect(rev2.proposalIds).toEqual([taken.id]);
    expect(renderPlain(rev2.text).split('\n').slice(-2)).toEqual([
      '3. Jointly Support the resumption of negotiations in Geneva [on 8 February 2017 / (delete)] under the auspices of the United Nations.',
      '4. The guarantors meet again.',
    ]);
  });

  it.each([
    [
      'a proposal whose wording an edit changed before it',
      [
        reword,
        {
          op: 'take_in',
          proposal: proposal({
            op: 'delete_wording',
            at: reword.at,
            start: 0,
            end: 1,
          } as Operation),
        },
      ],
      {},
      'proposal_conflict',
    ],
    [
      'a proposal taken in twice',
      [{ op: 'take_in', proposal: proposal({ op: 'remove_provision', provisionId: op3 }) }],
      { proposals: [proposal({ op: 'remove_provision', provisionId: op3 })] },
      'already_exists',
    ],
    [
      'a proposal made against another revision',
      [
        {
          op: 'take_in',
          proposal: proposal({ op: 'remove_provision', provisionId: op3 }, { basedOnRevision: 2 }),
        },
      ],
      {},
      'stale_revision',
    ],
    [
      'an edit of a bracket a cleaning removed',
      [{ op: 'add_option', bracketId: mech.id, option: { kind: 'delete' } }],
      { cleanings: [{ bracketId: mech.id, optionId: mech.options[0]!.id }] },
      'not_found',
    ],
    [
      'a name no earlier step made',
      [{ op: 'remove_provision', provisionId: madeName(1, 1) }],
      {},
      'not_found',
    ],
    [
      'an edit that empties a provision',
      [
        {
          op: 'delete_wording',
          at: { in: 'agreed', provisionId: op1, segment: 0 },
          start: 0,
          end: 16,
        },
      ],
      {},
      'empty_wording',
    ],
    [
      'removing every provision',
      [pre1, pre2, op1, op2, op3].map((id) => ({ op: 'remove_provision', provisionId: id })),
      {},
      'invalid_structure',
    ],
  ] as [string, RevisionStep[], Partial<RevisionInput>, string][])(
    'refuses %s, in the draft and in the revision alike',
    (_, steps, more, code) => {
      expect(codeOf(() => issue(steps, more))).toBe(code);
      expect(codeOf(() => draftRevision(rev1, input(steps, more), 'ru'))).toBe(code);
    },
  );

  it('refuses edits prepared against an older revision', () => {
    expect(codeOf(() => draftRevision(rev1, input([reword], { basedOnRevision: 2 }), 'ru'))).toBe(
      'stale_revision',
    );
  });
});
