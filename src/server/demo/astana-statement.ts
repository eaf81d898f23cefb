import type { Principal } from '../../core/policy/index.ts';
import { astanaText, SPONSORS_DRAFT } from '../../core/samples/astana-text.ts';
import { textRepo } from '../../db/index.ts';
import { loadPrincipal } from '../kernel/cached-reads.ts';
import { openTextAdoption } from '../texts/open-adoption.ts';
import { signText } from '../texts/sign-text.ts';
import { createText } from '../texts/create-text.ts';
import { issueRevision } from '../texts/issue-revision.ts';
import { propose } from '../texts/propose.ts';
import { setTextStance } from '../texts/set-text-stance.ts';
import type { Cast } from './astana-actors.ts';
import { translateDraft, updateRussian } from './astana-languages.ts';
import type { Seating } from './astana-round.ts';
import { astana, type Stage } from './astana-stage.ts';

interface Pen {
  textId: string;
  /** The Russian sponsor, penholder for the conveners. */
  russia: Principal;
  principal: (email: string) => Promise<Principal>;
}

/**
 * The sponsors' joint statement, negotiated as a text: Rev.1 by the sponsors (the conveners hold
 * the pen) with one bracketed paragraph, the opposition's proposal, Rev.2 taking it in and cleaning
 * the bracket, both parties' stances, and adoption by the three sponsors. The wording is the
 * `sponsors-draft` edition of src/core/samples/astana-text.ts.
 */
export async function loadJointStatement(stage: Stage, cast: Cast, seating: Seating) {
  const { ctx } = stage;
  const principal = (email: string) =>
    loadPrincipal(
      ctx.database.db,
      { userId: cast.user(email), isOperator: false },
      { roundId: seating.roundId, processId: cast.processId },
    );
  const russia = await principal('russia@parley.test');
  stage.at(astana(24, 9));
  const textId = await createText(ctx, russia, seating.roundId, {
    ...astanaText('sponsors-draft'),
    label: SPONSORS_DRAFT,
  });
  const pen: Pen = { textId, russia, principal };
  await negotiate(stage, pen);
  await takeStances(stage, pen, seating);
  await adopt(stage, pen, seating);
}

/** Rev.1 translated, the opposition's proposal, Rev.2 taking it in, the Russian brought up to date. */
async function negotiate({ ctx, at }: Stage, { textId, russia, principal }: Pen) {
  const rev1 = (await textRepo.findRevision(ctx.database.db, textId, 1))!;
  const mechanism = rev1.text.provisions[2]!;
  const bracket = mechanism.content[1]!;
  if (bracket.type !== 'bracket') throw new Error('demo text: bracket expected');

  at(astana(24, 9, 45));
  await translateDraft(ctx, russia, textId);

  at(astana(24, 10, 30));
  // "and to prevent provocations.": words 3 to 4 become "provocations and violations …".
  const proposal = await propose(ctx, await principal('opposition@parley.test'), textId, {
    basedOnRevision: 1,
    operation: {
      op: 'replace_wording',
      at: { in: 'agreed', provisionId: mechanism.id, segment: 2 },
      start: 3,
      end: 4,
      text: 'provocations and violations of the ceasefire.',
    },
    rationale: 'The mechanism must act on violations, not only on provocations.',
  });

  at(astana(24, 12, 30));
  await issueRevision(ctx, russia, textId, {
    basedOnRevision: 1,
    label: 'revised draft',
    proposalIds: [proposal.id],
    cleanings: [{ bracketId: bracket.id, optionId: bracket.options[0]!.id }],
  });

  at(astana(24, 12, 50));
  await updateRussian(ctx, russia, textId);
}

/** Both parties agree to every provision of Rev.2. */
async function takeStances({ ctx, at }: Stage, { textId, principal }: Pen, seating: Seating) {
  at(astana(24, 13));
  const rev2 = (await textRepo.findRevision(ctx.database.db, textId, 2))!;
  const ids: string[] = [];
  const visit = (list: typeof rev2.text.provisions) => {
    for (const p of list) {
      ids.push(p.id);
      visit(p.children);
    }
  };
  visit(rev2.text.provisions);
  for (const [email, participantId] of [
    ['government@parley.test', seating.government],
    ['opposition@parley.test', seating.opposition],
  ] as const) {
    const party = await principal(email);
    for (const provisionId of ids) {
      await setTextStance(ctx, party, textId, {
        provisionId,
        participantId,
        stance: 'agree',
        comment: '',
      });
    }
  }
}

/** The three sponsors sign Rev.2 at the closing session. */
async function adopt({ ctx, at }: Stage, { textId, russia, principal }: Pen, seating: Seating) {
  const { sponsors } = seating;
  at(astana(24, 14, 30));
  await openTextAdoption(ctx, russia, textId, { revision: 2, signatories: sponsors });
  const { hash } = (await textRepo.findRevision(ctx.database.db, textId, 2))!;
  for (const [i, email] of [
    'russia@parley.test',
    'iran@parley.test',
    'turkey@parley.test',
  ].entries()) {
    at(astana(24, 14, 40 + i * 5));
    await signText(ctx, await principal(email), textId, { participantId: sponsors[i]!, hash });
  }
}
