import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextView } from '../../core/texts/schemas.ts';
import { anAccount } from '../testing/factories.ts';
import { testApp, type Client, type TestApp } from '../testing/harness.ts';
import { createdText, textsWorld, type TextsWorld } from '../testing/texts-world.ts';

// Model-based check of who learns what of a negotiating text: random proposals by every kind of
// principal (parties, a spokesperson, an adviser, penholders, the observer, the platform operator
// and a stranger) and revisions taking them in; after every step, what each principal reads of the
// text and its proposals must equal what a naive model of the rules entitles it to. The operator
// and the stranger must find no trace of the text at all (invariant 6).

const RUNS = Math.max(50, Math.round(Number(process.env.PARLEY_MODEL_RUNS ?? 1000) / 20));
const SEQUENCES_PER_TEXT = 25;

const PRINCIPALS = [
  'gov',
  'opp',
  'oppSpokesperson',
  'oppAdviser',
  'ru',
  'un',
  'us',
  'operator',
  'stranger',
] as const;
type Who = (typeof PRINCIPALS)[number];

/** The rules, restated naively: whose delegation each principal sits in, and what it may do. */
const DELEGATION: Record<Who, 'gov' | 'opp' | 'ru' | 'un' | 'us' | null> = {
  gov: 'gov',
  opp: 'opp',
  oppSpokesperson: 'opp',
  oppAdviser: 'opp',
  ru: 'ru',
  un: 'un',
  us: 'us',
  operator: null,
  stranger: null,
};
/** Under `penholders: conveners`: heads and deputies of sponsor and mediator delegations. */
const PENHOLDERS: readonly Who[] = ['ru', 'un'];
const PROPOSERS: readonly Who[] = ['gov', 'opp', 'oppSpokesperson', ...PENHOLDERS];
const readsText = (who: Who) => DELEGATION[who] !== null;

interface ModelProposal {
  id: string;
  delegation: string;
  basedOn: number;
  takenIn: boolean;
}

class TextModel {
  proposals: ModelProposal[] = [];
  revision = 1;

  proposalsSeenBy(who: Who): string[] {
    if (!readsText(who)) return [];
    return this.proposals
      .filter(
        (p) =>
          PENHOLDERS.includes(who) ||
          p.delegation === DELEGATION[who] ||
          (p.takenIn && DELEGATION[who] !== 'us'),
      )
      .map((p) => p.id)
      .sort();
  }
}

type Command =
  { kind: 'propose'; by: Who; start: number; word: string } | { kind: 'takeIn'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('propose' as const),
      by: fc.constantFrom(...PRINCIPALS),
      start: fc.nat({ max: 9 }),
      word: fc.constantFrom('firmly', 'fully', 'strictly', 'jointly'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('takeIn' as const), pick: fc.nat() }),
  },
);

let t: TestApp;
let w: TextsWorld;
const clients = new Map<Who, Client>();
let text: { doc: TextView; model: TextModel } | undefined;
let sequences = 0;

beforeAll(async () => {
  t = await testApp();
  w = await textsWorld(t);
  for (const who of PRINCIPALS) {
    if (who === 'operator' || who === 'stranger') {
      const c = t.client();
      await c.signIn((await anAccount(t, { isOperator: who === 'operator' })).email);
      clients.set(who, c);
    } else clients.set(who, w.c[who]);
  }
}, 120_000);
afterAll(() => t?.close());

const participantOf = (who: Who) => w.id(DELEGATION[who] as 'gov');

async function run(doc: TextView, model: TextModel, cmd: Command) {
  if (cmd.kind === 'propose') {
    const third = doc.revision.provisions[2]!;
    const res = await clients.get(cmd.by)!.post(`/api/texts/${doc.id}/proposals`, {
      basedOnRevision: model.revision,
      operation: {
        op: 'replace_wording',
        at: { in: 'agreed', provisionId: third.id, segment: 0 },
        start: cmd.start,
        end: cmd.start + 1,
        text: cmd.word,
      },
    });
    const expected = PROPOSERS.includes(cmd.by) ? 200 : readsText(cmd.by) ? 403 : 404;
    expect(res.statusCode, `${cmd.by} proposes: ${res.body}`).toBe(expected);
    if (res.statusCode !== 200) return;
    expect(res.json().proposerId).toBe(participantOf(cmd.by));
    model.proposals.push({
      id: res.json().id,
      delegation: DELEGATION[cmd.by]!,
      basedOn: model.revision,
      takenIn: false,
    });
    return;
  }
  const open = model.proposals.filter((p) => !p.takenIn && p.basedOn === model.revision);
  if (open.length === 0) return;
  const chosen = open[cmd.pick % open.length]!;
  const res = await w.c.ru.post(`/api/texts/${doc.id}/revisions`, {
    basedOnRevision: model.revision,
    label: `Rev.${model.revision + 1}`,
    proposalIds: [chosen.id],
    cleanings: [],
  });
  expect(res.statusCode, res.body).toBe(200);
  chosen.takenIn = true;
  model.revision++;
}

/** Every principal reads exactly its entitlement; the operator and a stranger find nothing. */
async function check(doc: TextView, model: TextModel) {
  const madeUp = randomUUID();
  for (const who of PRINCIPALS) {
    const c = clients.get(who)!;
    const read = await c.get(`/api/texts/${doc.id}`);
    const proposals = await c.get(`/api/texts/${doc.id}/proposals`);
    if (!readsText(who)) {
      for (const [res, path] of [
        [read, ''],
        [proposals, '/proposals'],
      ] as const) {
        const absent = await c.get(`/api/texts/${madeUp}${path}`);
        expect([res.statusCode, res.body], `${who} reads ${path}`).toEqual([
          absent.statusCode,
          absent.body,
        ]);
        expect(res.statusCode).toBe(404);
      }
      continue;
    }
    expect(read.statusCode, `${who} reads the text`).toBe(200);
    expect(read.json().currentRevision).toBe(model.revision);
    const seen = (proposals.json().proposals as { id: string }[]).map((p) => p.id).sort();
    expect(seen, `${who}'s proposals`).toEqual(model.proposalsSeenBy(who));
  }
}

describe('negotiating texts, model-based', () => {
  it(
    `show each principal what it may read over ${RUNS} random sequences`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 4 }), async (commands) => {
          // A text serves several sequences (its model carries over), so setup does not dominate.
          if (!text || ++sequences % SEQUENCES_PER_TEXT === 0)
            text = { doc: await createdText(w), model: new TextModel() };
          const { doc, model } = text;
          for (const cmd of commands) {
            await run(doc, model, cmd);
            await check(doc, model);
          }
        }),
        { numRuns: RUNS },
      );
    },
    60 * 60_000,
  );
});
