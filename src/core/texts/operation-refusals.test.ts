import { describe, expect, it } from 'vitest';
import { bracketsOf, codeOf, countingIds, provisionAt } from '../testing/texts.ts';
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

describe('refusals', () => {
  const cases: [string, Operation, string][] = [
    [
      'a bracket inside an option (nesting)',
      { op: 'add_bracket', at: inOption(mech!.id, trilateral.id), start: 0, end: 1 },
      'nested_bracket',
    ],
    [
      'a bracket around a bracket',
      { op: 'add_bracket', at: agreed(p3.id, 1), start: 0, end: 1 },
      'nested_bracket',
    ],
    [
      'square brackets typed into wording',
      { op: 'insert_wording', at: agreed(p2.id, 0), position: 0, text: '[new]' },
      'nested_bracket',
    ],
    [
      'square brackets typed into an option',
      { op: 'add_option', bracketId: mech!.id, option: { kind: 'wording', text: 'a [b / c]' } },
      'nested_bracket',
    ],
    [
      'an option into a missing bracket',
      { op: 'add_option', bracketId: 'nope', option: { kind: 'delete' } },
      'not_found',
    ],
    [
      'removing the last option (empty bracket)',
      { op: 'remove_option', bracketId: mech!.id, optionId: trilateral.id },
      'ok',
    ],
    [
      'removing a missing option',
      { op: 'remove_option', bracketId: mech!.id, optionId: 'nope' },
      'not_found',
    ],
    [
      'resolving on a missing option',
      { op: 'resolve_bracket', bracketId: mech!.id, optionId: deleteDate.id },
      'not_found',
    ],
    [
      'resolving a missing bracket',
      { op: 'resolve_bracket', bracketId: 'nope', optionId: 'nope' },
      'not_found',
    ],
    [
      'an option already in the bracket',
      {
        op: 'add_option',
        bracketId: mech!.id,
        option: { kind: 'wording', text: ' consider  establishing a mechanism' },
      },
      'already_exists',
    ],
    [
      'a second delete option',
      { op: 'add_option', bracketId: date!.id, option: { kind: 'delete' } },
      'already_exists',
    ],
    [
      'an alternative equal to the bracketed wording',
      {
        op: 'add_bracket',
        at: agreed(p2.id, 0),
        start: 0,
        end: 1,
        alternative: { kind: 'wording', text: 'Reaffirm' },
      },
      'already_exists',
    ],
    [
      'an empty option wording',
      { op: 'add_option', bracketId: mech!.id, option: { kind: 'wording', text: ' ' } },
      'empty_wording',
    ],
    [
      'deleting every word of an option',
      { op: 'delete_wording', at: inOption(mech!.id, trilateral.id), start: 0, end: 4 },
      'empty_wording',
    ],
    [
      'deleting every word of a provision',
      { op: 'delete_wording', at: agreed(p2.id, 0), start: 0, end: 16 },
      'empty_wording',
    ],
    [
      'replacing with nothing',
      { op: 'replace_wording', at: agreed(p2.id, 0), start: 0, end: 1, text: '' },
      'empty_wording',
    ],
    [
      'editing the wording of a delete option',
      { op: 'insert_wording', at: inOption(date!.id, deleteDate.id), position: 0, text: 'x' },
      'invalid_span',
    ],
    [
      'a span past the end',
      { op: 'delete_wording', at: agreed(p2.id, 0), start: 10, end: 17 },
      'invalid_span',
    ],
    [
      'an empty span',
      { op: 'replace_wording', at: agreed(p2.id, 0), start: 3, end: 3, text: 'x' },
      'invalid_span',
    ],
    [
      'a reversed span',
      { op: 'delete_wording', at: agreed(p2.id, 0), start: 4, end: 2 },
      'invalid_span',
    ],
    [
      'a negative position',
      { op: 'insert_wording', at: agreed(p2.id, 0), position: -1, text: 'x' },
      'invalid_span',
    ],
    [
      'a fractional position',
      { op: 'insert_wording', at: agreed(p2.id, 0), position: 1.5, text: 'x' },
      'invalid_span',
    ],
    [
      'a position inside a bracket segment',
      { op: 'insert_wording', at: agreed(p3.id, 1), position: 1, text: 'x' },
      'invalid_span',
    ],
    [
      'wording edits on a bracket segment',
      { op: 'delete_wording', at: agreed(p3.id, 1), start: 0, end: 1 },
      'invalid_span',
    ],
    [
      'a segment that does not exist',
      { op: 'add_bracket', at: agreed(p2.id, 5), start: 0, end: 1 },
      'invalid_span',
    ],
    [
      'a missing provision',
      { op: 'insert_wording', at: agreed('nope', 0), position: 0, text: 'x' },
      'not_found',
    ],
    [
      'resolving to delete the only wording of a provision',
      { op: 'resolve_bracket', bracketId: 'b', optionId: 'o' },
      'not_found',
    ],
    [
      'a provision under a missing parent',
      {
        op: 'add_provision',
        parentId: 'nope',
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'x' }] },
      },
      'not_found',
    ],
    [
      'a provision at a position past the end',
      {
        op: 'add_provision',
        parentId: null,
        position: 9,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'x' }] },
      },
      'invalid_span',
    ],
    [
      'a preambular paragraph among operative ones',
      {
        op: 'add_provision',
        parentId: null,
        position: 3,
        provision: { part: 'preamble', content: [{ type: 'agreed', text: 'Recalling' }] },
      },
      'invalid_structure',
    ],
    [
      'an operative paragraph in the preamble',
      {
        op: 'add_provision',
        parentId: null,
        position: 0,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'Decide' }] },
      },
      'invalid_structure',
    ],
    [
      'a preambular sub-paragraph under an operative one',
      {
        op: 'add_provision',
        parentId: p3.id,
        provision: { part: 'preamble', content: [{ type: 'agreed', text: 'x' }] },
      },
      'invalid_structure',
    ],
    [
      'a new provision with mixed-part children',
      {
        op: 'add_provision',
        parentId: null,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'x' }],
          children: [{ part: 'preamble', content: [{ type: 'agreed', text: 'y' }] }],
        },
      },
      'invalid_structure',
    ],
    [
      'a new provision with an empty bracket',
      {
        op: 'add_provision',
        parentId: null,
        provision: { part: 'operative', content: [{ type: 'bracket', options: [] }] },
      },
      'empty_bracket',
    ],
    ['removing a missing provision', { op: 'remove_provision', provisionId: 'nope' }, 'not_found'],
  ];
  it.each(cases)('%s: %s', (_label, operation, code) => {
    expect(codeOf(() => applyOperation(base, operation, by, countingIds('new')))).toBe(code);
  });

  it('refuses to empty a bracket: the last option cannot be removed', () => {
    const one = applyOperation(
      base,
      { op: 'remove_option', bracketId: mech!.id, optionId: consider.id },
      by,
      countingIds('n'),
    );
    expect(
      codeOf(() =>
        applyOperation(
          one,
          { op: 'remove_option', bracketId: mech!.id, optionId: trilateral.id },
          by,
          countingIds('m'),
        ),
      ),
    ).toBe('empty_bracket');
  });

  it('refuses to clean a whole-provision bracket into nothing: remove the provision instead', () => {
    const text = applyOperation(
      base,
      {
        op: 'add_provision',
        parentId: null,
        provision: {
          part: 'operative',
          content: [
            {
              type: 'bracket',
              options: [{ kind: 'wording', text: 'Welcome Jordan.' }, { kind: 'delete' }],
            },
          ],
        },
      },
      by,
      countingIds('n'),
    );
    const bracket = bracketsOf(provisionAt(text, 5))[0]!;
    expect(
      codeOf(() =>
        applyOperation(
          text,
          { op: 'resolve_bracket', bracketId: bracket.id, optionId: bracket.options[1]!.id },
          by,
          countingIds('m'),
        ),
      ),
    ).toBe('empty_wording');
  });

  it('refuses to remove the last provision of a text', () => {
    let text = base;
    for (const p of base.provisions.slice(1))
      text = applyOperation(text, { op: 'remove_provision', provisionId: p.id }, by, countingIds());
    expect(text.provisions).toHaveLength(1);
    expect(
      codeOf(() =>
        applyOperation(
          text,
          { op: 'remove_provision', provisionId: text.provisions[0]!.id },
          by,
          countingIds(),
        ),
      ),
    ).toBe('invalid_structure');
  });
});
