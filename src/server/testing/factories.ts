import type { Capacity, MemberRole, RepresentationLevel } from '../../core/vocabulary.ts';
import { invite } from '../convening/invite.ts';
import { respondToInvitation } from '../convening/respond-to-invitation.ts';
import { acceptMemberInvite } from '../convening/accept-member-invite.ts';
import { createMemberInvite } from '../convening/create-member-invite.ts';
import { appointConvener } from '../platform/appoint-convener.ts';
import { createAccount } from '../platform/create-account.ts';
import { createActor } from '../platform/create-actor.ts';
import { createProcess } from '../platform/create-process.ts';
import { createRound } from '../convening/create-round.ts';
import { scheduleSession } from '../convening/schedule-session.ts';
import { roundViewFor } from '../convening/present-round.ts';
import { PASSWORD, type TestApp } from './harness.ts';

let counter = 0;
const unique = (label: string) => `${label}-${++counter}`;

export async function anAccount(
  t: TestApp,
  opts: { isOperator?: boolean; actorId?: string; label?: string } = {},
) {
  const label = opts.label ?? unique('user');
  return createAccount(t.ctx, null, {
    email: `${label}@example.test`,
    displayName: label,
    password: PASSWORD,
    isOperator: opts.isOperator ?? false,
    actorId: opts.actorId,
  });
}

export async function anActor(t: TestApp, name = unique('Actor'), coalitionOf: string[] = []) {
  return createActor(t.ctx, null, {
    name,
    kind: coalitionOf.length ? 'coalition' : 'state',
    coalitionOf,
  });
}

export interface SeatSpec {
  capacity: Capacity;
  level?: RepresentationLevel;
  /** Extra delegation members besides the head. */
  members?: MemberRole[];
}

/**
 * A process and a round convened by an appointed convener, with one seated participant per spec;
 * every participant has a head (its focal point) and the listed members.
 */
export async function aRound(t: TestApp, seats: Record<string, SeatSpec>) {
  const operator = await anAccount(t, { isOperator: true });
  const convenerActor = await anActor(t);
  const convener = await anAccount(t, { actorId: convenerActor.id });
  const processId = await createProcess(t.ctx, operator.id, {
    title: unique('Process'),
    description: '',
  });
  await appointConvener(t.ctx, operator.id, processId, {
    userId: convener.id,
    actorId: convenerActor.id,
  });
  const roundId = await createRound(t.ctx, convener.id, processId, {
    title: unique('Round'),
    venue: 'Astana',
    startsOn: '2017-01-22',
    endsOn: '2017-01-24',
    timeZone: 'Asia/Almaty',
  });
  const people: Record<
    string,
    {
      participantId: string;
      actorId: string;
      head: { id: string; email: string };
      members: { id: string; email: string; role: MemberRole }[];
    }
  > = {};
  for (const [key, spec] of Object.entries(seats)) {
    const actor = await anActor(t, unique(key));
    const head = await anAccount(t, { actorId: actor.id, label: unique(`${key}-head`) });
    await invite(t.ctx, convener.id, roundId, {
      actorId: actor.id,
      capacity: spec.capacity,
      representationLevel: spec.level ?? 'delegation',
    });
    const view = await roundViewFor(t.ctx, { userId: convener.id, isOperator: false }, roundId);
    const invitationId = view.invitations.find((i) => i.actor.id === actor.id)!.id;
    await respondToInvitation(t.ctx, head.id, roundId, invitationId, { response: 'accept' });
    const seated = await roundViewFor(t.ctx, { userId: head.id, isOperator: false }, roundId);
    const participantId = seated.participants.find((p) => p.actor.id === actor.id)!.id;
    const members = [];
    for (const role of spec.members ?? []) {
      const email = `${unique(`${key}-${role}`)}@example.test`;
      const link = await createMemberInvite(t.ctx, head.id, roundId, participantId, {
        email,
        displayName: email,
        role,
      });
      const { me } = await acceptMemberInvite(
        t.ctx,
        link.token,
        { displayName: email, password: PASSWORD },
        null,
      );
      members.push({ id: me.user.id, email, role });
    }
    people[key] = { participantId, actorId: actor.id, head, members };
  }
  return { operator, convener, convenerActor, processId, roundId, people };
}

/** The round's opening plenary, on the first day of the Astana talks. */
export const anOpeningPlenary = (t: TestApp, w: { convener: { id: string }; roundId: string }) =>
  scheduleSession(t.ctx, w.convener.id, w.roundId, {
    title: 'Opening',
    format: 'plenary',
    startsAt: '2017-01-23T04:00:00Z',
    endsAt: '2017-01-23T06:00:00Z',
    room: '',
    participantIds: [],
  });
