import { describe, expect, it } from 'vitest';
import { astana, bracketsOf, codeOf, countingIds, provisionAt } from '../testing/texts.ts';
import type { Operation } from './operations.ts';
import { applyProposals, checkProposal, type Proposal } from './proposals.ts';
import { redline, renderRedline } from './redline.ts';
import { firstRevision, nextRevision, revisionName } from './revisions.ts';
import type { Revision } from './types.ts';

const meta = (label: string) => ({
  label,
  issuedBy: 'ru',
  issuedAt: new Date('2017-01-23T18:00:00Z'),
});
const rev1 = firstRevision(astana(), meta("sponsors' draft"));
const p2 = provisionAt(rev1.text, 2);
const p3 = provisionAt(rev1.text, 3);
const p4 = provisionAt(rev1.text, 4);
const mech = bracketsOf(p3)[0]!;
const date = bracketsOf(p4)[0]!;
let seq = 0;
const proposal = (proposerId: string, operation: Operation, basedOnRevision = 1): Proposal => ({
  id: `prop-${++seq}`,
  textId: rev1.textId,
  proposerId,
  basedOnRevision,
  operation,
  rationale: 'because',
});
const insertP2 = (text: string, position = 0): Operation => ({
  op: 'insert_wording',
  at: { in: 'agreed', provisionId: p2.id, segment: 0 },
  position,
  text,
});
const addOption = (text: string): Operation => ({
  op: 'add_option',
  bracketId: mech.id,
  option: { kind: 'wording', text },
});

describe('applying proposals', () => {
  it('applies proposals in order, each attributed to its proposer and proposal', () => {
    const a = proposal('gov', addOption('form a joint group'));
    const b = proposal('opp', addOption('agree on a mechanism'));
    const c = proposal('opp', insertP2('Firmly'));
    const text = applyProposals(rev1, [a, b, c], countingIds('n'));
    const options = bracketsOf(provisionAt(text, 3))[0]!.options;
    expect(options.map((o) => [o.proposerId, o.proposalId])).toEqual([
      ['ru', null],
      ['ru', null],
      ['gov', a.id],
      ['opp', b.id],
    ]);
    expect(renderRedline(redline(rev1.text, text).provisions[2]!)).toBe(
      '{+Firmly+} Reaffirm their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic;',
    );
  });

  it('refuses a proposal made against a stale revision, and one for another document', () => {
    expect(
      codeOf(() => applyProposals(rev1, [proposal('gov', insertP2('x'), 0)], countingIds())),
    ).toBe('stale_revision');
    expect(
      codeOf(() => applyProposals(rev1, [proposal('gov', insertP2('x'), 2)], countingIds())),
    ).toBe('stale_revision');
    const other = { ...proposal('gov', insertP2('x')), textId: 'another' };
    expect(codeOf(() => applyProposals(rev1, [other], countingIds()))).toBe('wrong_text');
    const p = proposal('gov', insertP2('x'));
    expect(codeOf(() => applyProposals(rev1, [p, p], countingIds()))).toBe('already_exists');
  });

  it('checks a proposal on submission against the current revision', () => {
    expect(
      codeOf(() => checkProposal(rev1, proposal('gov', insertP2('x', 99)), countingIds())),
    ).toBe('invalid_span');
    expect(codeOf(() => checkProposal(rev1, proposal('gov', insertP2('x')), countingIds()))).toBe(
      'ok',
    );
  });

  const agreedP3 = { in: 'agreed', provisionId: p3.id, segment: 0 } as const;
  const conflicts: [string, Operation, Operation, string][] = [
    ['two edits of the same agreed wording', insertP2('A'), insertP2('B', 3), 'proposal_conflict'],
    [
      'edits of different provisions',
      insertP2('A'),
      { op: 'delete_wording', at: agreedP3, start: 0, end: 1 },
      'ok',
    ],
    ['two new options in the same bracket', addOption('one way'), addOption('another way'), 'ok'],
    ['the same new option twice', addOption('one way'), addOption('one way'), 'already_exists'],
    [
      'an agreed edit after a new option in the same provision',
      addOption('one way'),
      { op: 'delete_wording', at: agreedP3, start: 0, end: 1 },
      'ok',
    ],
    [
      'an edit of an option after a new option in its bracket',
      addOption('one way'),
      {
        op: 'delete_wording',
        at: { in: 'option', bracketId: mech.id, optionId: mech.options[0]!.id },
        start: 0,
        end: 1,
      },
      'ok',
    ],
    [
      'two edits of the same option',
      {
        op: 'delete_wording',
        at: { in: 'option', bracketId: mech.id, optionId: mech.options[0]!.id },
        start: 0,
        end: 1,
      },
      {
        op: 'insert_wording',
        at: { in: 'option', bracketId: mech.id, optionId: mech.options[0]!.id },
        position: 3,
        text: 'x',
      },
      'proposal_conflict',
    ],
    [
      'cleaning a bracket after someone added an option to it',
      addOption('one way'),
      { op: 'resolve_bracket', bracketId: mech.id, optionId: mech.options[0]!.id },
      'proposal_conflict',
    ],
    [
      'an option into a bracket that was cleaned',
      { op: 'resolve_bracket', bracketId: mech.id, optionId: mech.options[0]!.id },
      addOption('one way'),
      'proposal_conflict',
    ],
    [
      'an agreed edit after a bracket was cleaned in the provision',
      { op: 'resolve_bracket', bracketId: mech.id, optionId: mech.options[0]!.id },
      { op: 'delete_wording', at: agreedP3, start: 0, end: 1 },
      'proposal_conflict',
    ],
    [
      'removing an option twice',
      { op: 'remove_option', bracketId: date.id, optionId: date.options[1]!.id },
      { op: 'remove_option', bracketId: date.id, optionId: date.options[1]!.id },
      'proposal_conflict',
    ],
    [
      'removing a provision someone edited',
      insertP2('A'),
      { op: 'remove_provision', provisionId: p2.id },
      'proposal_conflict',
    ],
    [
      'editing a provision someone removed',
      { op: 'remove_provision', provisionId: p2.id },
      insertP2('A'),
      'proposal_conflict',
    ],
    [
      'two provisions inserted at positions in the same list',
      {
        op: 'add_provision',
        parentId: null,
        position: 2,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'A' }] },
      },
      {
        op: 'add_provision',
        parentId: null,
        position: 3,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'B' }] },
      },
      'proposal_conflict',
    ],
    [
      'provisions added under different parents',
      {
        op: 'add_provision',
        parentId: p3.id,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'A' }] },
      },
      {
        op: 'add_provision',
        parentId: null,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'B' }] },
      },
      'ok',
    ],
  ];
  it.each(conflicts)('%s: %s', (_label, first, second, outcome) => {
    expect(
      codeOf(() =>
        applyProposals(rev1, [proposal('gov', first), proposal('opp', second)], countingIds('n')),
      ),
    ).toBe(outcome);
  });
});

describe('revisions', () => {
  const take = proposal('opp', addOption('agree on a mechanism'));
  const rev2 = nextRevision(
    rev1,
    {
      basedOnRevision: 1,
      proposals: [take],
      cleanings: [{ bracketId: date.id, optionId: date.options[0]!.id }],
    },
    meta('Rev.2 after consultations'),
    countingIds('r2'),
  );

  it('numbers revisions and records what was taken in and cleaned', () => {
    expect([revisionName(rev1), rev1.label, revisionName(rev2), rev2.label]).toEqual([
      'Rev.1',
      "sponsors' draft",
      'Rev.2',
      'Rev.2 after consultations',
    ]);
    expect(rev2.proposalIds).toEqual([take.id]);
    expect(rev2.cleanings).toEqual([{ bracketId: date.id, optionId: date.options[0]!.id }]);
    expect(bracketsOf(provisionAt(rev2.text, 4))).toEqual([]);
    expect(bracketsOf(provisionAt(rev2.text, 3))[0]!.options.at(-1)).toMatchObject({
      proposerId: 'opp',
      proposalId: take.id,
    });
    expect(renderRedline(redline(rev1.text, rev2.text).provisions[5]!)).toBe(
      'Support the resumption of negotiations in Geneva {-[-} on 8 February 2017 {-/ (delete)]-} under the auspices of the United Nations.',
    );
  });

  it('is immutable: snapshots are frozen and independent of the draft they came from', () => {
    const draft = astana();
    const rev = firstRevision(draft, meta('draft'));
    (draft.provisions as unknown as unknown[]).pop();
    expect(rev.text.provisions).toHaveLength(5);
    expect(Object.isFrozen(rev2.text.provisions[3]!.content)).toBe(true);
    expect(() => {
      (rev2 as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (rev2.text.provisions as Revision['text']['provisions'][number][]).push(p2);
    }).toThrow(TypeError);
  });

  it.each([
    [
      'a revision prepared against an older revision',
      { basedOnRevision: 1, proposals: [], cleanings: [] },
      'stale_revision',
    ],
    [
      'a proposal made against Rev.1 taken into Rev.3',
      { basedOnRevision: 2, proposals: [proposal('gov', insertP2('x'), 1)], cleanings: [] },
      'stale_revision',
    ],
    [
      'a bracket cleaned twice',
      {
        basedOnRevision: 2,
        proposals: [],
        cleanings: [
          { bracketId: mech.id, optionId: mech.options[0]!.id },
          { bracketId: mech.id, optionId: mech.options[1]!.id },
        ],
      },
      'already_exists',
    ],
    [
      'a cleaning of a missing bracket',
      {
        basedOnRevision: 2,
        proposals: [],
        cleanings: [{ bracketId: date.id, optionId: date.options[0]!.id }],
      },
      'not_found',
    ],
    [
      'an empty revision (nothing taken in)',
      { basedOnRevision: 2, proposals: [], cleanings: [] },
      'ok',
    ],
  ] as const)('%s: %s', (_label, input, outcome) => {
    expect(
      codeOf(() =>
        nextRevision(
          rev2,
          { ...input, proposals: [...input.proposals], cleanings: [...input.cleanings] },
          meta('Rev.3'),
          countingIds('r3'),
        ),
      ),
    ).toBe(outcome);
  });

  it('refuses a blank label', () => {
    expect(
      codeOf(() =>
        nextRevision(
          rev2,
          { basedOnRevision: 2, proposals: [], cleanings: [] },
          meta('  '),
          countingIds(),
        ),
      ),
    ).toBe('empty_wording');
  });
});
