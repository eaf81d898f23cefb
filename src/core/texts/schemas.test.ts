import { describe, expect, it } from 'vitest';
import {
  TextContentCommand,
  IssueRevisionCommand,
  ProposeCommand,
  SetTextStanceCommand,
  SignTextCommand,
} from './schemas.ts';
import { ASTANA, countingIds } from '../testing/texts.ts';
import { buildText } from './structure.ts';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;
const agreedAt = { in: 'agreed', provisionId: 'p1', segment: 0 };

describe('command schemas', () => {
  it('accepts the Astana statement as a create command, and the core builds it', () => {
    const parsed = TextContentCommand.parse(ASTANA);
    expect(buildText(parsed, { roundId: 'r', by: 'ru' }, countingIds()).provisions).toHaveLength(5);
  });

  it.each([
    ['replace', { op: 'replace_wording', at: agreedAt, start: 0, end: 1, text: 'x' }, true],
    [
      'insert into an option',
      {
        op: 'insert_wording',
        at: { in: 'option', bracketId: 'b', optionId: 'o' },
        position: 0,
        text: 'x',
      },
      true,
    ],
    ['delete', { op: 'delete_wording', at: agreedAt, start: 0, end: 1 }, true],
    [
      'bracket',
      { op: 'add_bracket', at: agreedAt, start: 0, end: 1, alternative: { kind: 'delete' } },
      true,
    ],
    [
      'add option',
      { op: 'add_option', bracketId: 'b', option: { kind: 'wording', text: 'x' } },
      true,
    ],
    ['remove option', { op: 'remove_option', bracketId: 'b', optionId: 'o' }, true],
    ['resolve', { op: 'resolve_bracket', bracketId: 'b', optionId: 'o' }, true],
    [
      'add provision',
      {
        op: 'add_provision',
        parentId: null,
        provision: { part: 'operative', content: [{ type: 'agreed', text: 'x' }] },
      },
      true,
    ],
    ['remove provision', { op: 'remove_provision', provisionId: 'p1' }, true],
    ['an unknown field', { op: 'remove_provision', provisionId: 'p1', force: true }, false],
    [
      'an unknown field in a location',
      { op: 'delete_wording', at: { ...agreedAt, extra: 1 }, start: 0, end: 1 },
      false,
    ],
    ['an unknown operation', { op: 'merge', provisionId: 'p1' }, false],
    [
      'typed brackets',
      { op: 'add_option', bracketId: 'b', option: { kind: 'wording', text: '[x]' } },
      false,
    ],
    [
      'an empty bracket',
      {
        op: 'add_provision',
        parentId: null,
        provision: { part: 'operative', content: [{ type: 'bracket', options: [] }] },
      },
      false,
    ],
    ['a negative index', { op: 'delete_wording', at: agreedAt, start: -1, end: 1 }, false],
    ['a fractional index', { op: 'insert_wording', at: agreedAt, position: 0.5, text: 'x' }, false],
    [
      'too deep a provision',
      {
        op: 'add_provision',
        parentId: null,
        provision: {
          part: 'operative',
          content: [{ type: 'agreed', text: 'x' }],
          children: [
            {
              part: 'operative',
              content: [{ type: 'agreed', text: 'x' }],
              children: [
                {
                  part: 'operative',
                  content: [{ type: 'agreed', text: 'x' }],
                  children: [
                    {
                      part: 'operative',
                      content: [{ type: 'agreed', text: 'x' }],
                      children: [{ part: 'operative', content: [{ type: 'agreed', text: 'x' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      false,
    ],
  ])('propose %s: %s', (_l, operation, valid) => {
    expect(ok(ProposeCommand, { basedOnRevision: 1, operation, rationale: 'why' })).toBe(valid);
  });

  it.each([
    [TextContentCommand, { ...ASTANA, extra: 1 }, false],
    [TextContentCommand, { ...ASTANA, language: 'English' }, false],
    [TextContentCommand, { ...ASTANA, kind: 'treaty' }, false],
    [TextContentCommand, { ...ASTANA, provisions: [] }, false],
    [
      TextContentCommand,
      { ...ASTANA, settings: { ...ASTANA.settings, attribution: 'anonymous' } },
      false,
    ],
    [
      ProposeCommand,
      { basedOnRevision: 0, operation: { op: 'remove_provision', provisionId: 'p' } },
      false,
    ],
    [
      IssueRevisionCommand,
      {
        basedOnRevision: 1,
        label: "chair's draft",
        proposalIds: ['a'],
        cleanings: [{ bracketId: 'b', optionId: 'o' }],
      },
      true,
    ],
    [IssueRevisionCommand, { basedOnRevision: 1, label: '' }, false],
    [
      IssueRevisionCommand,
      { basedOnRevision: 1, label: 'x', cleanings: [{ bracketId: 'b' }] },
      false,
    ],
    [
      SetTextStanceCommand,
      { provisionId: 'p', participantId: 'gov', stance: 'agree_ad_referendum' },
      true,
    ],
    [SetTextStanceCommand, { provisionId: 'p', participantId: 'gov', stance: 'accept' }, false],
    [
      SetTextStanceCommand,
      { provisionId: 'p', participantId: 'gov', stance: 'agree', textId: 'd' },
      false,
    ],
    [SignTextCommand, { participantId: 'ru', hash: 'a'.repeat(64) }, true],
    [SignTextCommand, { participantId: 'ru', hash: 'A'.repeat(64) }, false],
    [SignTextCommand, { participantId: 'ru', hash: 'a'.repeat(63) }, false],
  ] as const)('command %#: valid %s', (schema, value, valid) => {
    expect(ok(schema, value)).toBe(valid);
  });
});
