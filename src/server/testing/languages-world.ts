import { expect } from 'vitest';
import type {
  LanguageVersionsView,
  SetLanguageVersionCommand,
} from '../../core/texts/language-schemas.ts';
import type { CreateTextCommand, TextView } from '../../core/texts/schemas.ts';
import type { TranslatedProvisionInput } from '../../core/texts/translations.ts';
import type { Client } from './harness.ts';

// Helpers of the language-version tests: a statement with a sub-paragraph, and the calls they repeat.

export const STATEMENT: CreateTextCommand = {
  title: 'Joint statement of the guarantors',
  kind: 'joint_statement',
  language: 'en',
  label: 'sponsors’ draft',
  settings: { penholders: 'conveners', attribution: 'withheld', stanceVisibility: 'mediators' },
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
        { type: 'agreed', text: 'Decide to set up a trilateral mechanism' },
        {
          type: 'bracket',
          options: [{ kind: 'wording', text: 'to observe the ceasefire' }, { kind: 'delete' }],
        },
      ],
      children: [
        {
          part: 'operative',
          heading: false,
          content: [{ type: 'agreed', text: 'The mechanism reports to the guarantors.' }],
          children: [],
        },
      ],
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

type ProvisionData = TextView['revision']['provisions'][number];

/** A version's wording built from a revision: every agreed and option wording prefixed. */
export function wordingOf(
  doc: TextView,
  prefix: string,
  status: SetLanguageVersionCommand['status'],
  reworded: Record<string, string> = {},
): SetLanguageVersionCommand {
  const all = doc.revision.provisions;
  const node = (p: ProvisionData): TranslatedProvisionInput => ({
    id: p.id,
    content: p.content.map((s) =>
      s.type === 'agreed'
        ? { type: 'agreed', text: reworded[p.id] ?? `${prefix} ${s.text}` }
        : {
            type: 'bracket',
            options: s.options.map((o) =>
              o.kind === 'delete'
                ? { kind: 'delete' as const }
                : { kind: 'wording' as const, text: `${prefix} ${o.text}` },
            ),
          },
    ),
    children: all.filter((c) => c.parentId === p.id).map(node),
  });
  return {
    basedOnRevision: doc.currentRevision,
    status,
    title: `${prefix} ${doc.title}`,
    provisions: all.filter((p) => p.parentId === null).map(node),
  };
}

export const url = (doc: { id: string }, rest = '') => `/api/texts/${doc.id}/languages${rest}`;

export async function versionsOf(c: Client, doc: { id: string }, revision?: number) {
  const res = await c.get(url(doc, revision ? `?revision=${revision}` : ''));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as LanguageVersionsView;
}

/** Per language, the numbers (or preamble ids) of provisions flagged, and by which language. */
export const flagsOf = (view: LanguageVersionsView) =>
  Object.fromEntries(
    view.versions.map((v) => [
      v.language,
      v.provisions.filter((p) => p.needsUpdate).map((p) => [p.number, p.changedIn]),
    ]),
  );

export async function put(c: Client, doc: { id: string }, language: string, body: unknown) {
  return c.put(url(doc, `/${language}`), body);
}
