import { describe, expect, it } from 'vitest';
import { astana, bracketsOf, codeOf, countingIds, provisionAt, ASTANA } from '../testing/texts.ts';
import {
  by,
  base,
  p2,
  p3,
  mech,
  date,
  trilateral,
  consider,
  deleteDate,
  agreed,
  inOption,
} from '../testing/astana-places.ts';
import { applyOperation, type Operation } from './operations.ts';
import { renderTokens, tokensOf } from './redline.ts';
import { checkText, buildText } from './structure.ts';
import type { NegotiatingText, WordingOption } from './types.ts';

const render = (text: NegotiatingText, ...path: number[]) =>
  renderTokens(tokensOf(provisionAt(text, ...path).content));

describe('creating a text', () => {
  it('builds the Astana statement with stable ids and attributed options', () => {
    expect(base.provisions).toHaveLength(5);
    expect(render(base, 3)).toBe(
      'Decide to [establish a trilateral mechanism / consider establishing a mechanism] to observe and ensure full compliance with the ceasefire;',
    );
    expect(render(base, 4)).toBe(
      'Support the resumption of negotiations in Geneva [on 8 February 2017 / (delete)] under the auspices of the United Nations.',
    );
    expect(mech!.options.map((o) => [o.proposerId, o.proposalId])).toEqual([
      ['ru', null],
      ['ru', null],
    ]);
    expect(astana()).toEqual(base); // same ids from the same generator
    expect(() => checkText(base)).not.toThrow();
  });

  it.each([
    [
      'a bracket with no options',
      [{ part: 'operative', content: [{ type: 'bracket', options: [] }] }],
      'empty_bracket',
    ],
    [
      'a nested bracket typed into an option',
      [
        {
          part: 'operative',
          content: [{ type: 'bracket', options: [{ kind: 'wording', text: 'a [b] c' }] }],
        },
      ],
      'nested_bracket',
    ],
    [
      'square brackets in agreed wording',
      [{ part: 'operative', content: [{ type: 'agreed', text: 'the [ceasefire]' }] }],
      'nested_bracket',
    ],
    ['a provision without wording', [{ part: 'operative', content: [] }], 'empty_wording'],
    [
      'blank wording',
      [{ part: 'operative', content: [{ type: 'agreed', text: '  \n ' }] }],
      'empty_wording',
    ],
    [
      'the same option twice',
      [
        {
          part: 'operative',
          content: [{ type: 'bracket', options: [{ kind: 'delete' }, { kind: 'delete' }] }],
        },
      ],
      'already_exists',
    ],
    [
      'a preambular paragraph after the operative part',
      [
        { part: 'operative', content: [{ type: 'agreed', text: 'a' }] },
        { part: 'preamble', content: [{ type: 'agreed', text: 'b' }] },
      ],
      'invalid_structure',
    ],
    [
      'a sub-paragraph in another part',
      [
        {
          part: 'operative',
          content: [{ type: 'agreed', text: 'a' }],
          children: [{ part: 'preamble', content: [{ type: 'agreed', text: 'b' }] }],
        },
      ],
      'invalid_structure',
    ],
    ['no provisions at all', [], 'invalid_structure'],
  ] as const)('refuses %s (%s)', (_label, provisions, code) => {
    expect(
      codeOf(() => buildText({ ...ASTANA, provisions }, { roundId: 'r', by: 'ru' }, countingIds())),
    ).toBe(code);
  });

  it('normalizes whitespace and merges neighbouring agreed wording', () => {
    const text = buildText(
      {
        ...ASTANA,
        provisions: [
          {
            part: 'operative',
            content: [
              { type: 'agreed', text: ' a \n b' },
              { type: 'agreed', text: 'c\td ' },
            ],
          },
        ],
      },
      { roundId: 'r', by: 'ru' },
      countingIds(),
    );
    expect(provisionAt(text, 0).content).toEqual([{ type: 'agreed', text: 'a b c d' }]);
  });
});

describe('operations', () => {
  const cases: [string, Operation, number[], string][] = [
    [
      'replace agreed wording',
      {
        op: 'replace_wording',
        at: agreed(p2.id, 0),
        start: 4,
        end: 5,
        text: 'full respect for the',
      },
      [2],
      'Reaffirm their commitment to full respect for the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic;',
    ],
    [
      'insert agreed wording',
      { op: 'insert_wording', at: agreed(p2.id, 0), position: 1, text: 'firmly' },
      [2],
      'Reaffirm firmly their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic;',
    ],
    [
      'insert at the end of agreed wording',
      { op: 'insert_wording', at: agreed(p2.id, 0), position: 16, text: 'Also' },
      [2],
      'Reaffirm their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic; Also',
    ],
    [
      'insert agreed wording before a bracket',
      { op: 'insert_wording', at: agreed(p3.id, 1), position: 0, text: 'jointly' },
      [3],
      'Decide to jointly [establish a trilateral mechanism / consider establishing a mechanism] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'insert agreed wording at the very end',
      { op: 'insert_wording', at: agreed(p3.id, 3), position: 0, text: 'and' },
      [3],
      'Decide to [establish a trilateral mechanism / consider establishing a mechanism] to observe and ensure full compliance with the ceasefire; and',
    ],
    [
      'delete agreed wording',
      { op: 'delete_wording', at: agreed(p2.id, 0), start: 5, end: 10 },
      [2],
      'Reaffirm their commitment to the integrity of the Syrian Arab Republic;',
    ],
    [
      'delete a whole agreed segment',
      { op: 'delete_wording', at: agreed(p3.id, 0), start: 0, end: 2 },
      [3],
      '[establish a trilateral mechanism / consider establishing a mechanism] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'replace wording in an option',
      {
        op: 'replace_wording',
        at: inOption(mech!.id, consider.id),
        start: 0,
        end: 2,
        text: 'study',
      },
      [3],
      'Decide to [establish a trilateral mechanism / study a mechanism] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'insert wording in an option',
      {
        op: 'insert_wording',
        at: inOption(mech!.id, trilateral.id),
        position: 3,
        text: 'monitoring',
      },
      [3],
      'Decide to [establish a trilateral monitoring mechanism / consider establishing a mechanism] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'delete wording in an option',
      { op: 'delete_wording', at: inOption(mech!.id, trilateral.id), start: 1, end: 2 },
      [3],
      'Decide to [establish trilateral mechanism / consider establishing a mechanism] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'bracket agreed wording',
      { op: 'add_bracket', at: agreed(p2.id, 0), start: 12, end: 16 },
      [2],
      'Reaffirm their commitment to the sovereignty, independence, unity and territorial integrity of [the Syrian Arab Republic;]',
    ],
    [
      'bracket agreed wording with an alternative',
      {
        op: 'add_bracket',
        at: agreed(p2.id, 0),
        start: 13,
        end: 16,
        alternative: { kind: 'wording', text: 'Syria' },
      },
      [2],
      'Reaffirm their commitment to the sovereignty, independence, unity and territorial integrity of the [Syrian Arab Republic; / Syria]',
    ],
    [
      'bracket wording with a delete option',
      {
        op: 'add_bracket',
        at: agreed(p2.id, 0),
        start: 0,
        end: 1,
        alternative: { kind: 'delete' },
      },
      [2],
      '[Reaffirm / (delete)] their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic;',
    ],
    [
      'add an option',
      {
        op: 'add_option',
        bracketId: mech!.id,
        option: { kind: 'wording', text: 'set up a joint group' },
      },
      [3],
      'Decide to [establish a trilateral mechanism / consider establishing a mechanism / set up a joint group] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'add a delete option',
      { op: 'add_option', bracketId: mech!.id, option: { kind: 'delete' } },
      [3],
      'Decide to [establish a trilateral mechanism / consider establishing a mechanism / (delete)] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'remove an option',
      { op: 'remove_option', bracketId: mech!.id, optionId: consider.id },
      [3],
      'Decide to [establish a trilateral mechanism] to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'resolve a bracket on a wording',
      { op: 'resolve_bracket', bracketId: mech!.id, optionId: trilateral.id },
      [3],
      'Decide to establish a trilateral mechanism to observe and ensure full compliance with the ceasefire;',
    ],
    [
      'resolve a bracket on delete',
      { op: 'resolve_bracket', bracketId: date!.id, optionId: deleteDate.id },
      [4],
      'Support the resumption of negotiations in Geneva under the auspices of the United Nations.',
    ],
    [
      'add a provision at a position',
      {
        op: 'add_provision',
        parentId: null,
        position: 3,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'Note the ceasefire of 30 December 2016;' }],
        },
      },
      [3],
      'Note the ceasefire of 30 December 2016;',
    ],
    [
      'add a provision at the end',
      {
        op: 'add_provision',
        parentId: null,
        provision: {
          part: 'operative',
          content: [
            {
              type: 'bracket',
              options: [{ kind: 'wording', text: 'Welcome Jordan as observer.' }],
            },
          ],
        },
      },
      [5],
      '[Welcome Jordan as observer.]',
    ],
    [
      'add a sub-paragraph',
      {
        op: 'add_provision',
        parentId: p3.id,
        position: 0,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'The mechanism meets weekly;' }],
        },
      },
      [3, 0],
      'The mechanism meets weekly;',
    ],
    ['remove a provision', { op: 'remove_provision', provisionId: p2.id }, [2], render(base, 3)],
    [
      'remove a sub-paragraph',
      { op: 'remove_provision', provisionId: provisionAt(base, 3, 0).id },
      [4],
      render(base, 4),
    ],
  ];
  it.each(cases)('%s', (_label, operation, path, expected) => {
    const after = applyOperation(base, operation, by, countingIds('new'));
    expect(render(after, ...path)).toBe(expected);
    expect(() => checkText(after)).not.toThrow();
    expect(render(base, 3)).toContain('[establish'); // the input is untouched
  });

  it('attributes new options and provisions to the proposer and proposal', () => {
    const ids = countingIds('new');
    const withOption = applyOperation(base, cases[13]![1], by, ids);
    expect(bracketsOf(provisionAt(withOption, 3))[0]!.options[2]).toMatchObject({
      proposerId: 'opp',
      proposalId: 'prop-1',
      amendments: [],
    });
    const bracketed = applyOperation(base, cases[11]![1], by, ids);
    const [first, second] = bracketsOf(provisionAt(bracketed, 2))[0]!.options;
    // The wording that stood in the text has no proposer; the alternative is the proposer's.
    expect([first!.proposerId, second!.proposerId, second!.proposalId]).toEqual([
      null,
      'opp',
      'prop-1',
    ]);
    const added = applyOperation(base, cases[19]![1], by, ids);
    expect(bracketsOf(provisionAt(added, 5))[0]!.options[0]).toMatchObject({
      proposerId: 'opp',
      proposalId: 'prop-1',
    });
  });

  it("keeps an option's proposer when another party amends its wording, and records the amendment", () => {
    const after = applyOperation(base, cases[7]![1], by, countingIds('new'));
    const amended = bracketsOf(provisionAt(after, 3))[0]!.options[1] as WordingOption;
    expect(amended).toMatchObject({
      id: consider.id,
      proposerId: 'ru',
      proposalId: null,
      text: 'study a mechanism',
    });
    expect(amended.amendments).toEqual([{ proposerId: 'opp', proposalId: 'prop-1' }]);
  });

  it('keeps untouched provisions identical (structural sharing)', () => {
    const after = applyOperation(base, cases[0]![1], by, countingIds('new'));
    expect(provisionAt(after, 3)).toBe(p3);
    expect(provisionAt(after, 2)).not.toBe(p2);
  });
});
