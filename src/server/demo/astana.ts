import { randomUUID } from 'node:crypto';
import type { Ports } from '../../core/ports.ts';
import type { AgendaStance, Capacity, RepresentationLevel } from '../../core/vocabulary.ts';
import { processRepo, roundRepo, textRepo, userRepo } from '../../db/index.ts';
import type { AppContext } from '../kernel/context.ts';
import { proposeAgendaItem, setStance } from '../convening/agenda.ts';
import { acceptMemberInvite, createMemberInvite } from '../convening/delegations.ts';
import { invite, respondToInvitation } from '../convening/invitations.ts';
import {
  appointConvener,
  createAccount,
  createActor,
  createProcess,
} from '../platform/platform.ts';
import { createRound, setMediatorTeam } from '../convening/rounds.ts';
import {
  changeSessionFormat,
  recordSessionAttendance,
  scheduleSession,
} from '../convening/sessions.ts';
import { createText, issueRevision, propose, setTextStance } from '../texts/texts.ts';
import { openTextAdoption, signText } from '../texts/text-adoption.ts';
import { loadPrincipal } from '../kernel/cached-reads.ts';
import { translateDraft, updateRussian } from './astana-languages.ts';
import { DEMO_PASSWORD, DEMO_ACCOUNTS } from './accounts.ts';

// The Astana I round of January 2017, built through the same use cases the API runs, so the demo's
// record is a real hash chain. People are role accounts, never the real negotiators.

/** Local Astana time (UTC+6 in January 2017) to an ISO instant. */
const astana = (day: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2017, 0, day, hour - 6, minute)).toISOString();

interface Seat {
  email: string;
  actor: string;
  capacity: Capacity;
  level: RepresentationLevel;
}

export async function loadDemoIfEmpty(ctx: AppContext): Promise<boolean> {
  const existing = await processRepo.listProcesses(ctx.database.db, 'all');
  if (existing.length > 0) return false;
  await loadDemo(ctx);
  return true;
}

async function loadDemo(base: AppContext): Promise<void> {
  let now = new Date(astana(5, 10));
  const ports: Ports = { clock: { now: () => now }, ids: base.ports.ids ?? { next: randomUUID } };
  const ctx: AppContext = { ...base, ports };
  const at = (iso: string) => {
    now = new Date(iso);
  };

  const accountId = new Map<string, string>();
  const actorId = new Map<string, string>();
  const addActor = async (
    name: string,
    kind: Parameters<typeof createActor>[2]['kind'],
    coalitionOf: string[] = [],
  ) => {
    const actor = await createActor(ctx, null, { name, kind, coalitionOf });
    actorId.set(name, actor.id);
  };

  await addActor('Russian Federation', 'state');
  await addActor('Islamic Republic of Iran', 'state');
  await addActor('Republic of Turkey', 'state');
  await addActor('Republic of Kazakhstan', 'state');
  await addActor('Government of the Syrian Arab Republic', 'state');
  await addActor(
    'Syrian armed opposition',
    'coalition',
    Array.from({ length: 14 }, (_, i) => `Free Syrian Army faction ${i + 1}`),
  );
  await addActor('United Nations (Special Envoy for Syria)', 'intergovernmental_organisation');
  await addActor('United States of America', 'state');
  await addActor('Other armed groups', 'armed_group');

  for (const account of DEMO_ACCOUNTS.filter((a) => !a.joinsBy)) {
    const created = await createAccount(ctx, null, {
      email: account.email,
      displayName: account.displayName,
      password: DEMO_PASSWORD,
      isOperator: account.email.startsWith('operator@'),
      actorId: account.actor ? actorId.get(account.actor) : undefined,
    });
    accountId.set(account.email, created.id);
  }
  const user = (email: string) => accountId.get(email)!;
  const operator = user('operator@parley.test');

  const processId = await createProcess(ctx, operator, {
    title: 'Syria — Astana talks',
    description:
      'Talks convened by the Russian Federation, the Islamic Republic of Iran and the Republic of Turkey as guarantors of the nationwide ceasefire in force since 30 December 2016.',
  });
  for (const [email, actor] of [
    ['russia@parley.test', 'Russian Federation'],
    ['iran@parley.test', 'Islamic Republic of Iran'],
    ['turkey@parley.test', 'Republic of Turkey'],
  ] as const) {
    await appointConvener(ctx, operator, processId, {
      userId: user(email),
      actorId: actorId.get(actor)!,
    });
  }

  const russia = user('russia@parley.test');
  const roundId = await createRound(ctx, russia, processId, {
    title: 'Astana I',
    venue: 'Astana, Kazakhstan',
    startsOn: '2017-01-22',
    endsOn: '2017-01-24',
    timeZone: 'Asia/Almaty',
  });

  const seats: Seat[] = [
    {
      email: 'russia@parley.test',
      actor: 'Russian Federation',
      capacity: 'sponsor',
      level: 'senior_official',
    },
    {
      email: 'iran@parley.test',
      actor: 'Islamic Republic of Iran',
      capacity: 'sponsor',
      level: 'deputy_minister',
    },
    {
      email: 'turkey@parley.test',
      actor: 'Republic of Turkey',
      capacity: 'sponsor',
      level: 'deputy_minister',
    },
    {
      email: 'host@parley.test',
      actor: 'Republic of Kazakhstan',
      capacity: 'host',
      level: 'minister',
    },
    {
      email: 'mediator@parley.test',
      actor: 'United Nations (Special Envoy for Syria)',
      capacity: 'mediator',
      level: 'special_envoy',
    },
    {
      email: 'government@parley.test',
      actor: 'Government of the Syrian Arab Republic',
      capacity: 'party',
      level: 'ambassador',
    },
    {
      email: 'opposition@parley.test',
      actor: 'Syrian armed opposition',
      capacity: 'party',
      level: 'delegation',
    },
    {
      email: 'observer@parley.test',
      actor: 'United States of America',
      capacity: 'observer',
      level: 'ambassador',
    },
  ];
  at(astana(10, 12));
  for (const seat of [
    ...seats,
    {
      email: 'other-groups@parley.test',
      actor: 'Other armed groups',
      capacity: 'party',
      level: 'delegation',
    } as Seat,
  ]) {
    await invite(ctx, russia, roundId, {
      actorId: actorId.get(seat.actor)!,
      capacity: seat.capacity,
      representationLevel: seat.level,
    });
  }
  const invitationFor = async (actor: string) => {
    const agg = await roundRepo.loadRoundAggregate(ctx.database.db, roundId);
    return agg!.invitations.find((i) => i.actor.id === actorId.get(actor))!.id;
  };
  at(astana(14, 9));
  for (const seat of seats) {
    await respondToInvitation(ctx, user(seat.email), roundId, await invitationFor(seat.actor), {
      response: 'accept',
    });
  }
  at(astana(20, 18));
  await respondToInvitation(
    ctx,
    user('other-groups@parley.test'),
    roundId,
    await invitationFor('Other armed groups'),
    {
      response: 'decline',
      reason: 'We will not attend talks held under these guarantors.',
      reasonPublic: true,
    },
  );

  const agg = (await roundRepo.loadRoundAggregate(ctx.database.db, roundId))!;
  const participant = (actor: string) =>
    agg.participants.find((p) => p.actor.id === actorId.get(actor))!.id;
  const sponsors = ['Russian Federation', 'Islamic Republic of Iran', 'Republic of Turkey'].map(
    participant,
  );
  const government = participant('Government of the Syrian Arab Republic');
  const opposition = participant('Syrian armed opposition');

  await setMediatorTeam(ctx, russia, roundId, [
    participant('United Nations (Special Envoy for Syria)'),
    ...sponsors,
  ]);

  for (const member of DEMO_ACCOUNTS.filter((a) => a.joinsBy)) {
    const head = user(member.joinsBy!.head);
    const delegation = participant(member.joinsBy!.actor);
    const link = await createMemberInvite(ctx, head, roundId, delegation, {
      email: member.email,
      displayName: member.displayName,
      role: member.joinsBy!.role,
    });
    await acceptMemberInvite(
      ctx,
      link.token,
      { displayName: member.displayName, password: DEMO_PASSWORD },
      'demo loader',
    );
  }

  at(astana(21, 10));
  await scheduleSession(ctx, russia, roundId, {
    title: 'Preparatory consultations',
    format: 'consultation',
    startsAt: astana(22, 11),
    endsAt: astana(22, 19),
    room: 'Rixos President Hotel, delegation floor',
    participantIds: sponsors,
  });
  await scheduleSession(ctx, russia, roundId, {
    title: 'Opening session (round table)',
    format: 'plenary',
    startsAt: astana(23, 10),
    endsAt: astana(23, 12),
    room: 'Rixos President Hotel, conference hall',
    participantIds: [],
  });
  await scheduleSession(ctx, russia, roundId, {
    title: 'Talks on the ceasefire',
    format: 'bilateral',
    startsAt: astana(23, 14),
    endsAt: astana(24, 12),
    room: 'Rixos President Hotel, meeting rooms A and B',
    participantIds: [government, opposition],
  });
  await scheduleSession(ctx, russia, roundId, {
    title: 'Closing session',
    format: 'plenary',
    startsAt: astana(24, 14),
    endsAt: astana(24, 16),
    room: 'Rixos President Hotel, conference hall',
    participantIds: [],
  });

  const sessions = (await roundRepo.loadRoundAggregate(ctx.database.db, roundId))!.sessions;
  const sessionId = (title: string) => sessions.find((s) => s.title === title)!.id;
  at(astana(23, 13, 30));
  await changeSessionFormat(ctx, russia, roundId, sessionId('Talks on the ceasefire'), {
    format: 'proximity',
    reason:
      'The opposition delegation will not negotiate face to face; the talks go through the mediators.',
  });

  at(astana(22, 19));
  for (const sponsor of sponsors) {
    await recordSessionAttendance(ctx, russia, roundId, sessionId('Preparatory consultations'), {
      participantId: sponsor,
      status: 'present',
    });
  }
  at(astana(23, 12));
  for (const p of agg.participants) {
    await recordSessionAttendance(
      ctx,
      user('host@parley.test'),
      roundId,
      sessionId('Opening session (round table)'),
      {
        participantId: p.id,
        status: 'present',
      },
    );
  }

  at(astana(22, 20));
  const agenda: [
    string,
    'ceasefire' | 'humanitarian' | 'political',
    AgendaStance | null,
    AgendaStance,
    string,
  ][] = [
    [
      'Consolidating the ceasefire',
      'ceasefire',
      'accept',
      'accept',
      'Our one goal at these talks.',
    ],
    ['Easing sieges', 'humanitarian', 'reserve', 'accept', ''],
    ['Release of detainees', 'humanitarian', 'reserve', 'accept', ''],
    ['Delivery of humanitarian aid', 'humanitarian', 'reserve', 'accept', ''],
    [
      'Political transition',
      'political',
      null,
      'reject',
      'No political discussions at this round.',
    ],
  ];
  for (const [title, track] of agenda) {
    await proposeAgendaItem(ctx, { userId: russia, participantIds: [sponsors[0]!] }, roundId, {
      title,
      track,
    });
  }
  const items = (await roundRepo.loadRoundAggregate(ctx.database.db, roundId))!.agenda;
  at(astana(23, 15));
  for (const [i, [, , govStance, oppStance, oppComment]] of agenda.entries()) {
    const itemId = items[i]!.id;
    if (govStance) {
      await setStance(ctx, user('government@parley.test'), roundId, itemId, {
        participantId: government,
        stance: govStance,
        comment: '',
      });
    }
    await setStance(ctx, user('opposition@parley.test'), roundId, itemId, {
      participantId: opposition,
      stance: oppStance,
      comment: oppComment,
    });
  }
  await loadJointStatement(ctx, at, { processId, roundId, user, sponsors, government, opposition });

  // Sanity: the demo's accounts must all exist before the server announces them.
  for (const a of DEMO_ACCOUNTS) {
    if (!(await userRepo.findUserByEmail(ctx.database.db, a.email)))
      throw new Error(`demo account ${a.email} missing`);
  }
}

/**
 * The sponsors' joint statement, negotiated as a text: Rev.1 by the sponsors (the conveners hold
 * the pen) with one bracketed paragraph, the opposition's proposal, Rev.2 taking it in and cleaning
 * the bracket, both parties' stances, and adoption by the three sponsors. Wording written for the
 * demo, after the outcome described in the scenario; not the statement's actual text.
 */
async function loadJointStatement(
  ctx: AppContext,
  at: (iso: string) => void,
  w: {
    processId: string;
    roundId: string;
    user: (email: string) => string;
    sponsors: string[];
    government: string;
    opposition: string;
  },
) {
  const principal = (email: string) =>
    loadPrincipal(
      ctx.database.db,
      { userId: w.user(email), isOperator: false },
      { roundId: w.roundId, processId: w.processId },
    );
  const russia = await principal('russia@parley.test');
  at(astana(24, 9));
  const textId = await createText(ctx, russia, w.roundId, {
    title: 'Joint statement by Iran, Russia and Turkey on the Astana meeting',
    kind: 'joint_statement',
    language: 'en',
    label: 'sponsors’ draft',
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
  });
  const rev1 = (await textRepo.findRevision(ctx.database.db, textId, 1))!;
  const mechanism = rev1.text.provisions[2]!;
  const bracket = mechanism.content[1]!;
  if (bracket.type !== 'bracket') throw new Error('demo text: bracket expected');

  at(astana(24, 9, 45));
  await translateDraft(ctx, russia, textId);

  at(astana(24, 10, 30));
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
    ['government@parley.test', w.government],
    ['opposition@parley.test', w.opposition],
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

  at(astana(24, 14, 30));
  await openTextAdoption(ctx, russia, textId, { revision: 2, signatories: w.sponsors });
  const hash = rev2.hash;
  for (const [i, email] of [
    'russia@parley.test',
    'iran@parley.test',
    'turkey@parley.test',
  ].entries()) {
    at(astana(24, 14, 40 + i * 5));
    await signText(ctx, await principal(email), textId, {
      participantId: w.sponsors[i]!,
      hash,
    });
  }
}
