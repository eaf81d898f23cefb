// bench/text: the server-side work behind a negotiating text's page, on the generated
// text (300 provisions, 1,000 brackets, 3,000 options, stances of 30 parties): the consolidated
// view with states (summarize + the per-viewer presentation the API sends), a redline of two
// revisions (Rev.2 takes in 100 proposals), and the DOCX and PDF exports. Baselines in the same
// run: JSON.stringify of the same data (the floor of merely handing it over) and a naive state
// computation that scans every stance for every provision.
// Usage: npm run bench:text -- [--runs 30]
import { parseArgs } from 'node:util';
import { generateProposals, generateText } from '../src/core/testing/generate-text.ts';
import {
  nextRevision,
  numberProvisions,
  presentProvisions,
  presentRedline,
  redline,
  summarize,
} from '../src/core/texts/index.ts';
import { sha256 } from '../src/db/crypto.ts';
import { textHash } from '../src/core/texts/adoption.ts';
import { printable, toDocx, toPdf } from '../src/server/texts/export/texts.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const RUNS = Number(values.runs ?? 30);

async function time(fn: () => unknown) {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(samples.at(-1)!) };
}

const g = generateText({ seed: 1, provisions: 300, brackets: 1000, options: 3000, parties: 30 });
const rev1 = g.revision;
const proposals = generateProposals(rev1, { seed: 3, count: 100, proposers: g.parties });
let n = 0;
const rev2 = nextRevision(
  rev1,
  { basedOnRevision: 1, proposals, cleanings: [] },
  { label: 'second draft', issuedBy: 'penholder', issuedAt: new Date(0) },
  () => `r2-${++n}`,
);
const viewer = { participantId: g.parties[0]!, privileged: false };

const consolidated = () => {
  const summary = summarize(rev1, g.stances, g.parties);
  return presentProvisions(rev1.text, viewer, summary, true);
};
const naiveStates = () =>
  numberProvisions(rev1.text).map(({ provision: p }) => {
    const open = p.content.some((s) => s.type === 'bracket');
    const mine = g.stances.filter((s) => s.provisionId === p.id);
    return (
      !open &&
      g.parties.every((party) =>
        mine.some((s) => s.participantId === party && s.stance === 'agree'),
      )
    );
  });
const twoRevisions = () =>
  presentRedline(redline(rev1.text, rev2.text), rev1.text.settings, viewer);
const r = redline(rev1.text, rev2.text);

const source = {
  rev: { ...rev2, hash: textHash(rev2, sha256) },
  adopted: null,
  participantNames: new Map<string, string>(),
};

const results = {
  bench: 'text',
  node: process.version,
  runs: RUNS,
  text: {
    provisions: numberProvisions(rev1.text).length,
    brackets: summarize(rev1, g.stances, g.parties).brackets,
    options: 3000,
    parties: g.parties.length,
    stances: g.stances.length,
    proposalsInRev2: proposals.length,
    redline: {
      changedProvisions: r.provisions.filter((p) => p.change !== 'unchanged').length,
      inserted: r.inserted,
      deleted: r.deleted,
    },
  },
  ms: {
    consolidatedViewWithStates: await time(consolidated),
    redlineOfTwoRevisions: await time(twoRevisions),
    exportDocxClean: await time(() => toDocx(printable({ ...source, older: null }))),
    exportPdfRedline: await time(() => toPdf(printable({ ...source, older: rev1 }))),
  },
  baselineMs: {
    jsonStringifyRevisionAndStances: await time(
      () => JSON.stringify(rev1) + JSON.stringify(g.stances),
    ),
    naiveStatesScanningEveryStance: await time(naiveStates),
    jsonStringifyTwoRevisions: await time(
      () => JSON.stringify(rev1.text) + JSON.stringify(rev2.text),
    ),
  },
  targetsMs: { consolidatedViewWithStates: 50, redlineOfTwoRevisions: 100 },
};
console.log(JSON.stringify(results, null, 2));
