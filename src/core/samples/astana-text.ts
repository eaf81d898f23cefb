// Sample data (pure): the sponsors' joint statement of the Astana I talks (January 2017) as a
// negotiating text. The one source of its wording for the demo (which ships) and for the tests.
// Wording written for Parley after the outcome in the scenario; not the statement's actual text.
import type { TextContentCommand } from '../texts/schemas.ts';

/** The label of each edition's Rev.1: the conveners hold the pen. */
export const SPONSORS_DRAFT = 'sponsors’ draft';

/**
 * - `sponsors-draft`: the demo's Rev.1; five paragraphs, one bracket on the mechanism's mandate.
 * - `two-brackets`: five paragraphs, brackets on the mechanism and on the Geneva date, and a
 *   sub-paragraph under the mechanism (what the core's operations, redlines and adoption need).
 * - `miniature`: three paragraphs, one bracket that may be deleted (the server's route tests).
 */
export type AstanaEdition = 'sponsors-draft' | 'two-brackets' | 'miniature';

const SPONSORS_DRAFT_TEXT: TextContentCommand = {
  title: 'Joint statement by Iran, Russia and Turkey on the Astana meeting',
  kind: 'joint_statement',
  language: 'en',
  settings: { penholders: 'conveners', attribution: 'named', stanceVisibility: 'mediators' },
  provisions: [
    {
      part: 'preamble',
      content: [
        {
          type: 'agreed',
          text: 'The Islamic Republic of Iran, the Russian Federation and the Republic of Turkey, meeting in Astana as guarantors of the ceasefire,',
        },
      ],
    },
    {
      part: 'preamble',
      content: [
        {
          type: 'agreed',
          text: 'Noting with satisfaction that the nationwide ceasefire has held in the main since it took effect on 30 December 2016,',
        },
      ],
    },
    {
      part: 'operative',
      content: [
        { type: 'agreed', text: 'Agree to create a trilateral mechanism' },
        {
          type: 'bracket',
          options: [
            {
              kind: 'wording',
              text: 'that will observe the ceasefire and ensure that it is fully complied with,',
            },
            { kind: 'wording', text: 'that will report on the ceasefire,' },
          ],
        },
        { type: 'agreed', text: 'and to prevent provocations.' },
      ],
    },
    {
      part: 'operative',
      content: [
        {
          type: 'agreed',
          text: 'Support the armed opposition groups taking part in the next talks in Geneva under the auspices of the United Nations.',
        },
      ],
    },
    {
      part: 'operative',
      content: [
        {
          type: 'agreed',
          text: 'Hold that the conflict cannot be settled by military means and can only be ended by a negotiated political process.',
        },
      ],
    },
  ],
};

const TWO_BRACKETS_TEXT: TextContentCommand = {
  title:
    'Joint Statement by Iran, Russia and Turkey on the International Meeting on Syria in Astana',
  kind: 'joint_statement',
  language: 'en',
  settings: { penholders: 'conveners', attribution: 'named', stanceVisibility: 'participants' },
  provisions: [
    {
      part: 'preamble',
      content: [
        {
          type: 'agreed',
          text: 'The Islamic Republic of Iran, the Russian Federation and the Republic of Turkey,',
        },
      ],
    },
    {
      part: 'preamble',
      content: [
        {
          type: 'agreed',
          text: 'Welcoming the participation of the Syrian Government and the armed opposition,',
        },
      ],
    },
    {
      part: 'operative',
      content: [
        {
          type: 'agreed',
          text: 'Reaffirm their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic;',
        },
      ],
    },
    {
      part: 'operative',
      content: [
        { type: 'agreed', text: 'Decide to' },
        {
          type: 'bracket',
          options: [
            { kind: 'wording', text: 'establish a trilateral mechanism' },
            { kind: 'wording', text: 'consider establishing a mechanism' },
          ],
        },
        { type: 'agreed', text: 'to observe and ensure full compliance with the ceasefire;' },
      ],
      children: [
        {
          part: 'operative',
          content: [{ type: 'agreed', text: 'The mechanism reports to the guarantors;' }],
        },
      ],
    },
    {
      part: 'operative',
      content: [
        { type: 'agreed', text: 'Support the resumption of negotiations in Geneva' },
        {
          type: 'bracket',
          options: [{ kind: 'wording', text: 'on 8 February 2017' }, { kind: 'delete' }],
        },
        { type: 'agreed', text: 'under the auspices of the United Nations.' },
      ],
    },
  ],
};

const MINIATURE_TEXT: TextContentCommand = {
  title: 'Joint statement of the guarantors',
  kind: 'joint_statement',
  language: 'en',
  settings: { penholders: 'conveners', attribution: 'named', stanceVisibility: 'mediators' },
  provisions: [
    {
      part: 'preamble',
      heading: false,
      content: [{ type: 'agreed', text: 'Reaffirming their commitment to the unity of Syria,' }],
      children: [],
    },
    {
      part: 'operative',
      heading: false,
      content: [
        { type: 'agreed', text: 'The guarantors decide to set up a trilateral mechanism' },
        {
          type: 'bracket',
          options: [
            { kind: 'wording', text: 'to observe and ensure full compliance with the ceasefire' },
            { kind: 'delete' },
          ],
        },
        { type: 'agreed', text: 'without delay.' },
      ],
      children: [],
    },
    {
      part: 'operative',
      heading: false,
      content: [
        { type: 'agreed', text: 'The ceasefire in force since 30 December 2016 shall hold.' },
      ],
      children: [],
    },
  ],
};

const EDITIONS: Record<AstanaEdition, TextContentCommand> = {
  'sponsors-draft': SPONSORS_DRAFT_TEXT,
  'two-brackets': TWO_BRACKETS_TEXT,
  miniature: MINIATURE_TEXT,
};

/** The statement's content (title, kind, language, settings, provisions): a fresh copy each call. */
export function astanaText(edition: AstanaEdition): TextContentCommand {
  return structuredClone(EDITIONS[edition]);
}
