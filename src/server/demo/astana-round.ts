import type { Capacity, RepresentationLevel } from '../../core/vocabulary.ts';
import { roundRepo } from '../../db/index.ts';
import { acceptMemberInvite } from '../convening/accept-member-invite.ts';
import { createMemberInvite } from '../convening/create-member-invite.ts';
import { invite } from '../convening/invite.ts';
import { respondToInvitation } from '../convening/respond-to-invitation.ts';
import { createRound } from '../convening/create-round.ts';
import { setMediatorTeam } from '../convening/set-mediator-team.ts';
import { DEMO_PASSWORD, DEMO_ACCOUNTS } from './accounts.ts';
import type { Cast } from './astana-actors.ts';
import { astana, type Stage } from './astana-stage.ts';

interface Seat {
  email: string;
  actor: string;
  capacity: Capacity;
  level: RepresentationLevel;
}

/** The invitations accepted: everyone seated at Astana I. */
const SEATS: Seat[] = [
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

/** The invitation declined. */
const OTHER_GROUPS: Seat = {
  email: 'other-groups@parley.test',
  actor: 'Other armed groups',
  capacity: 'party',
  level: 'delegation',
};

const SPONSORS = ['Russian Federation', 'Islamic Republic of Iran', 'Republic of Turkey'];

/** The round as seated: its participants (by id) and who sits where. */
export interface Seating {
  roundId: string;
  /** Every participant's id, in the round's order. */
  participantIds: string[];
  sponsors: string[];
  government: string;
  opposition: string;
}

/** Astana I, its invitations and their answers; the mediator team; the members' delegations. */
export async function loadRound(stage: Stage, cast: Cast): Promise<Seating> {
  const { ctx } = stage;
  const roundId = await createRound(ctx, cast.user('russia@parley.test'), cast.processId, {
    title: 'Astana I',
    venue: 'Astana, Kazakhstan',
    startsOn: '2017-01-22',
    endsOn: '2017-01-24',
    timeZone: 'Asia/Almaty',
  });
  await inviteAndAnswer(stage, cast, roundId);

  const agg = (await roundRepo.loadRoundAggregate(ctx.database.db, roundId))!;
  const participant = (actor: string) =>
    agg.participants.find((p) => p.actor.id === cast.actorId(actor))!.id;
  const sponsors = SPONSORS.map(participant);
  await setMediatorTeam(ctx, cast.user('russia@parley.test'), roundId, [
    participant('United Nations (Special Envoy for Syria)'),
    ...sponsors,
  ]);
  await seatMembers(stage, cast, roundId, participant);
  return {
    roundId,
    participantIds: agg.participants.map((p) => p.id),
    sponsors,
    government: participant('Government of the Syrian Arab Republic'),
    opposition: participant('Syrian armed opposition'),
  };
}

/** The Russian sponsor invites; the seated accept, the other armed groups decline in public. */
async function inviteAndAnswer({ ctx, at }: Stage, cast: Cast, roundId: string) {
  const russia = cast.user('russia@parley.test');
  at(astana(10, 12));
  for (const seat of [...SEATS, OTHER_GROUPS]) {
    await invite(ctx, russia, roundId, {
      actorId: cast.actorId(seat.actor),
      capacity: seat.capacity,
      representationLevel: seat.level,
    });
  }
  const invitationFor = async (actor: string) => {
    const agg = await roundRepo.loadRoundAggregate(ctx.database.db, roundId);
    return agg!.invitations.find((i) => i.actor.id === cast.actorId(actor))!.id;
  };
  at(astana(14, 9));
  for (const seat of SEATS) {
    await respondToInvitation(
      ctx,
      cast.user(seat.email),
      roundId,
      await invitationFor(seat.actor),
      {
        response: 'accept',
      },
    );
  }
  at(astana(20, 18));
  await respondToInvitation(
    ctx,
    cast.user(OTHER_GROUPS.email),
    roundId,
    await invitationFor(OTHER_GROUPS.actor),
    {
      response: 'decline',
      reason: 'We will not attend talks held under these guarantors.',
      reasonPublic: true,
    },
  );
}

/** Delegation members join through their heads' invite links. */
async function seatMembers(
  { ctx }: Stage,
  cast: Cast,
  roundId: string,
  participant: (actor: string) => string,
) {
  for (const member of DEMO_ACCOUNTS.filter((a) => a.joinsBy)) {
    const head = cast.user(member.joinsBy!.head);
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
}
