// Seeded, pure generator of large negotiating texts for benchmarks and property tests.
import type { Operation } from '../texts/operations.ts';
import type { Proposal } from '../texts/proposals.ts';
import { firstRevision } from '../texts/revisions.ts';
import { checkText } from '../texts/structure.ts';
import type {
  BracketOption,
  NegotiatingText,
  Provision,
  ProvisionStance,
  Revision,
  Segment,
} from '../texts/types.ts';
import { TEXT_STANCES } from '../texts/vocabulary.ts';
import { wordsOf } from '../texts/words.ts';

/** mulberry32: a small deterministic PRNG; returns floats in [0, 1). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'the parties reaffirm their commitment to sovereignty independence unity territorial integrity of ' +
  'Syria as a multi-ethnic multi-religious non-sectarian democratic state ceasefire regime ' +
  'guarantors humanitarian access detainees sieges trilateral mechanism observe ensure full ' +
  'compliance prevent provocations determine modalities welcome support participation armed ' +
  'opposition groups political process Geneva resolution 2254 Security Council fight jointly ' +
  'against terrorism separate from within agreed talks envoy United Nations convinced there is ' +
  'no military solution conflict only through negotiated shall should may will call upon'
).split(' ');

export interface GenerateParams {
  seed: number;
  provisions: number;
  brackets: number;
  options: number;
  parties: number;
}

export interface Generated {
  revision: Revision;
  parties: string[];
  stances: ProvisionStance[];
}

/**
 * A Rev.1 of `provisions` provisions (some preambular, some sub-paragraphs) holding `brackets`
 * brackets with `options` options in all (at least one each), proposed by random parties, and
 * a stance of every party on every provision. Same parameters, same text.
 */
export function generateText(params: GenerateParams): Generated {
  const draws = seededDraws(params.seed);
  const parties = Array.from({ length: params.parties }, (_, i) => `party-${i + 1}`);
  const proposers = parties.length > 0 ? parties : ['penholder'];
  const text: NegotiatingText = {
    id: 'doc-generated',
    roundId: 'round-generated',
    title: 'Generated joint statement',
    kind: 'joint_statement',
    language: 'en',
    settings: { penholders: 'mediator', attribution: 'named', stanceVisibility: 'participants' },
    provisions: generatedProvisions(params, proposers, draws),
  };
  checkText(text);
  const revision = firstRevision(text, {
    label: "chair's draft",
    issuedBy: 'penholder',
    issuedAt: new Date('2017-01-23T12:00:00Z'),
  });
  const stances = generatedStances(text.id, revision.text.provisions, parties, draws);
  return { revision, parties, stances };
}

/**
 * The seeded draws and the id counter of one generated text. Every part of the text draws from
 * the same sequence, in the order the parts are built: that order is what makes the output
 * reproducible, so it must not change.
 */
interface Draws {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  newId: (prefix: string) => string;
  phrase: (min: number, max: number) => string;
}

function seededDraws(seed: number): Draws {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let counter = 0;
  const newId = (prefix: string) => `${prefix}-${(++counter).toString(36)}`;
  const phrase = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    return Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
  };
  return { random, pick, newId, phrase };
}

function generatedProvisions(
  params: GenerateParams,
  proposers: readonly string[],
  draws: Draws,
): Provision[] {
  const { newId, phrase } = draws;
  const n = Math.max(1, params.provisions);
  const bracketsIn = Array.from(
    { length: n },
    (_, i) => Math.floor(params.brackets / n) + (i < params.brackets % n ? 1 : 0),
  );
  const totalBrackets = params.brackets;
  const optionsFor = (b: number) =>
    Math.max(
      1,
      Math.floor(params.options / Math.max(1, totalBrackets)) +
        (b < params.options % Math.max(1, totalBrackets) ? 1 : 0),
    );

  let bracketNo = 0;
  const preamble = Math.max(0, Math.floor(n / 10));
  const top: Provision[] = [];
  for (let i = 0; i < n; i++) {
    const content: Segment[] = [{ type: 'agreed', text: phrase(4, 12) }];
    for (let b = 0; b < bracketsIn[i]!; b++) {
      content.push(generatedBracket(optionsFor(bracketNo++), proposers, draws), {
        type: 'agreed',
        text: phrase(1, 6),
      });
    }
    const part = i < preamble ? 'preamble' : 'operative';
    const provision: Provision = { id: newId('p'), part, heading: false, content, children: [] };
    const parent = top.at(-1);
    // Every fourth operative paragraph is a sub-paragraph of the one before.
    if (part === 'operative' && i % 4 === 3 && parent && parent.part === 'operative') {
      top[top.length - 1] = { ...parent, children: [...parent.children, provision] };
    } else top.push(provision);
  }
  return top;
}

function generatedBracket(count: number, proposers: readonly string[], draws: Draws): Segment {
  const { random, pick, newId, phrase } = draws;
  const options: BracketOption[] = [];
  for (let k = 0; k < count; k++) {
    const base = {
      id: newId('o'),
      proposerId: pick(proposers),
      proposalId: null,
      amendments: [],
    };
    if (k === count - 1 && count > 1 && random() < 0.2) options.push({ ...base, kind: 'delete' });
    else options.push({ ...base, kind: 'wording', text: `${phrase(1, 5)} alt${k + 1}` });
  }
  return { type: 'bracket', id: newId('b'), options };
}

function generatedStances(
  textId: string,
  provisions: readonly Provision[],
  parties: readonly string[],
  draws: Draws,
): ProvisionStance[] {
  const { random, pick } = draws;
  const stances: ProvisionStance[] = [];
  const at = new Date('2017-01-24T09:00:00Z');
  const visit = (list: readonly Provision[]) => {
    for (const p of list) {
      for (const participantId of parties) {
        stances.push({
          textId,
          provisionId: p.id,
          participantId,
          stance: random() < 0.7 ? 'agree' : pick(TEXT_STANCES),
          comment: '',
          revision: 1,
          updatedAt: at,
        });
      }
      visit(p.children);
    }
  };
  visit(provisions);
  return stances;
}

/**
 * `count` proposals against `revision`, each on a different provision (so they never conflict):
 * word replacements, insertions and deletions in agreed wording, and new options.
 */
export function generateProposals(
  revision: Pick<Revision, 'number' | 'text'>,
  params: { seed: number; count: number; proposers: readonly string[] },
): Proposal[] {
  const random = seededRandom(params.seed);
  const pickIndex = (n: number) => Math.floor(random() * n);
  const all: Provision[] = [];
  const visit = (list: readonly Provision[]) => {
    for (const p of list) {
      all.push(p);
      visit(p.children);
    }
  };
  visit(revision.text.provisions);
  const proposals: Proposal[] = [];
  for (let i = 0; i < Math.min(params.count, all.length); i++) {
    const p = all[Math.floor((i * all.length) / Math.min(params.count, all.length))]!;
    const segment = p.content.findIndex((s) => s.type === 'agreed');
    const words = segment >= 0 ? wordsOf((p.content[segment] as { text: string }).text) : [];
    const bracket = p.content.find((s) => s.type === 'bracket');
    const choice = pickIndex(4);
    let operation: Operation;
    if (choice === 3 && bracket) {
      operation = {
        op: 'add_option',
        bracketId: bracket.id,
        option: { kind: 'wording', text: `new wording ${i}` },
      };
    } else if (segment < 0 || words.length < 2) {
      operation = {
        op: 'insert_wording',
        at: { in: 'agreed', provisionId: p.id, segment: 0 },
        position: 0,
        text: `inserted ${i}`,
      };
    } else {
      const start = pickIndex(words.length - 1);
      const end = start + 1 + pickIndex(words.length - start - 1);
      const at = { in: 'agreed' as const, provisionId: p.id, segment };
      operation =
        choice === 0
          ? { op: 'replace_wording', at, start, end, text: `replaced ${i}` }
          : choice === 1
            ? { op: 'insert_wording', at, position: start, text: `inserted ${i}` }
            : { op: 'delete_wording', at, start, end };
    }
    proposals.push({
      id: `proposal-${i + 1}`,
      textId: revision.text.id,
      proposerId: params.proposers[pickIndex(params.proposers.length)] ?? 'penholder',
      basedOnRevision: revision.number,
      operation,
      rationale: 'generated',
    });
  }
  return proposals;
}
