// Test fixtures (pure): the Astana joint statement of 23 January 2017 as a negotiating text.
import { DomainError } from '../errors.ts';
import { buildText, type TextDraft } from '../texts/structure.ts';
import type { Bracket, NegotiatingText, NewId, Provision } from '../texts/types.ts';

export const countingIds = (prefix = 'id'): NewId => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

export const ASTANA: TextDraft = {
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

/** The sponsors draft; `ru` holds the pen. */
export function astana(newId: NewId = countingIds()): NegotiatingText {
  return buildText(ASTANA, { roundId: 'astana-1', by: 'ru' }, newId);
}

export const provisionAt = (text: NegotiatingText, ...path: number[]): Provision => {
  let list = text.provisions;
  let p: Provision | undefined;
  for (const i of path) {
    p = list[i];
    if (!p) throw new Error(`no provision at ${path.join('.')}`);
    list = p.children;
  }
  return p!;
};

export const bracketsOf = (p: Provision): Bracket[] =>
  p.content.filter((s): s is Bracket => s.type === 'bracket');

export const codeOf = (f: () => unknown): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
};
