import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  AGENDA_STANCES,
  CAPACITIES,
  INVITATION_STATUSES,
  type AgendaStance,
  type InvitationStatus,
} from '../vocabulary.ts';
import { agendaItemState } from './agenda.ts';
import { respond, seatFromInvitation, withdraw } from './invitations.ts';
import { checkRestorable } from './members.ts';
import { mayJoinMediatorTeam } from './mediator-team.ts';
import { changeFormat, recordAttendance, sessionPhase } from './sessions.ts';
import type { Invitation, Participant, Session } from './types.ts';

const actor = { id: 'a1', name: 'Actor', kind: 'state' as const, members: [] };
const now = new Date('2017-01-21T00:00:00Z');
const anInvitation = (status: InvitationStatus): Invitation => ({
  id: 'i1',
  roundId: 'r1',
  actor,
  capacity: 'party',
  representationLevel: 'delegation',
  status,
  reason: null,
  reasonPublic: null,
  createdAt: new Date('2017-01-10T00:00:00Z'),
  respondedAt: null,
});
const aParticipant = (id: string, capacity: Participant['capacity'] = 'party'): Participant => ({
  id,
  roundId: 'r1',
  actor: { ...actor, id: `actor-${id}` },
  capacity,
  representationLevel: 'delegation',
  seatedAt: now,
});
const seated = [aParticipant('gov'), aParticipant('opp'), aParticipant('ru', 'sponsor')];
const aSession = (overrides: Partial<Session> = {}): Session => ({
  id: 's1',
  roundId: 'r1',
  title: 'Talks',
  format: 'plenary',
  startsAt: new Date('2017-01-23T08:00:00Z'),
  endsAt: new Date('2017-01-23T10:00:00Z'),
  room: '',
  participantIds: [],
  formatChanges: [],
  attendance: [],
  ...overrides,
});
const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : 'crash';
  }
};

describe('invitations', () => {
  it.each(INVITATION_STATUSES.map((s) => [s, s === 'pending' ? 'ok' : 'invalid_transition']))(
    'answering a %s invitation: %s',
    (status, outcome) => {
      expect(codeOf(() => respond(anInvitation(status), { response: 'accept' }, now))).toBe(
        outcome,
      );
      expect(codeOf(() => withdraw(anInvitation(status), now))).toBe(outcome);
    },
  );

  it('keeps a decline reason and whether it is public', () => {
    const declined = respond(
      anInvitation('pending'),
      { response: 'decline', reason: 'Not under these guarantors', reasonPublic: false },
      now,
    );
    expect(declined).toMatchObject({
      status: 'declined',
      reason: 'Not under these guarantors',
      reasonPublic: false,
      respondedAt: now,
    });
  });

  it('seats only from an accepted invitation, in the invited capacity', () => {
    const accepted = respond(anInvitation('pending'), { response: 'accept' }, now);
    expect(seatFromInvitation(accepted, 'p9', now)).toMatchObject({
      id: 'p9',
      capacity: 'party',
      actor,
    });
    expect(codeOf(() => seatFromInvitation(anInvitation('withdrawn'), 'p9', now))).toBe(
      'invalid_transition',
    );
  });
});

describe('sessions', () => {
  const change = { format: 'proximity' as const, reason: 'no face to face' };
  it.each([
    ['a day before it starts', new Date('2017-01-22T08:00:00Z'), 'ok'],
    ['one millisecond before it starts', new Date('2017-01-23T07:59:59.999Z'), 'ok'],
    ['the moment it starts', new Date('2017-01-23T08:00:00Z'), 'session_started'],
    ['after it ended', new Date('2017-01-24T08:00:00Z'), 'session_started'],
  ])('changing the format %s: %s', (_label, at, outcome) => {
    expect(codeOf(() => changeFormat(aSession(), change, seated, at))).toBe(outcome);
  });

  it('keeps every change with its reason', () => {
    const once = changeFormat(aSession(), change, seated, now);
    const twice = changeFormat(
      once,
      { format: 'bilateral', reason: 'they agreed to meet', participantIds: ['gov', 'opp'] },
      seated,
      now,
    );
    expect(twice.formatChanges.map((c) => [c.from, c.to, c.reason])).toEqual([
      ['plenary', 'proximity', 'no face to face'],
      ['proximity', 'bilateral', 'they agreed to meet'],
    ]);
    expect(twice.participantIds).toEqual(['gov', 'opp']);
  });

  it.each([
    ['bilateral with one participant', 'bilateral', ['gov'], 'validation_failed'],
    ['bilateral with a stranger', 'bilateral', ['gov', 'nobody'], 'validation_failed'],
    ['consultation with nobody listed', 'consultation', [], 'validation_failed'],
    ['consultation of the sponsor', 'consultation', ['ru'], 'ok'],
    ['the same format again', 'plenary', [], 'invalid_transition'],
  ] as const)('%s: %s', (_l, format, participantIds, outcome) => {
    expect(
      codeOf(() =>
        changeFormat(
          aSession(),
          { format, reason: 'r', participantIds: [...participantIds] },
          seated,
          now,
        ),
      ),
    ).toBe(outcome);
  });

  it('records attendance once per participant, last word wins, listed participants only', () => {
    let s = recordAttendance(aSession(), [{ participantId: 'gov', status: 'present' }], seated);
    s = recordAttendance(s, [{ participantId: 'gov', status: 'walked_out' }], seated);
    expect(s.attendance).toEqual([{ participantId: 'gov', status: 'walked_out' }]);
    const consultation = aSession({ format: 'consultation', participantIds: ['ru'] });
    expect(
      codeOf(() =>
        recordAttendance(consultation, [{ participantId: 'gov', status: 'present' }], seated),
      ),
    ).toBe('validation_failed');
  });

  it('takes a whole list at once, keeps those left out, and refuses a list naming one twice', () => {
    const taken = recordAttendance(
      aSession({ attendance: [{ participantId: 'ru', status: 'absent' }] }),
      [
        { participantId: 'gov', status: 'present' },
        { participantId: 'opp', status: 'declined' },
      ],
      seated,
    );
    expect(taken.attendance).toEqual([
      { participantId: 'ru', status: 'absent' },
      { participantId: 'gov', status: 'present' },
      { participantId: 'opp', status: 'declined' },
    ]);
    const twice = [
      { participantId: 'gov', status: 'present' },
      { participantId: 'gov', status: 'absent' },
    ] as const;
    expect(codeOf(() => recordAttendance(aSession(), twice, seated))).toBe('validation_failed');
  });
});

describe('where a session stands', () => {
  // 08:00–10:00 UTC on 23 January 2017 (14:00–16:00 in Astana, UTC+6).
  const session = aSession();
  it.each([
    ['the day before', '2017-01-22T08:00:00Z', 'scheduled'],
    ['a minute before it starts', '2017-01-23T07:59:00Z', 'scheduled'],
    ['as it starts', '2017-01-23T08:00:00Z', 'in_progress'],
    ['halfway', '2017-01-23T09:00:00Z', 'in_progress'],
    ['a second before it ends', '2017-01-23T09:59:59Z', 'in_progress'],
    ['as it ends', '2017-01-23T10:00:00Z', 'ended'],
    ['years later', '2026-05-01T00:00:00Z', 'ended'],
  ] as const)('%s: %s', (_l, at, phase) => {
    expect(sessionPhase(session, new Date(at))).toBe(phase);
    // The API's ISO strings and a clock's milliseconds answer alike.
    const iso = { startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString() };
    expect(sessionPhase(iso, Date.parse(at))).toBe(phase);
  });
});

describe('the mediator team', () => {
  it.each(CAPACITIES.map((c) => [c, c === 'mediator' || c === 'sponsor'] as const))(
    'a %s may join it: %s',
    (capacity, may) => expect(mayJoinMediatorTeam(capacity)).toBe(may),
  );
});

describe('undoing a member’s removal', () => {
  const removedAt = new Date('2017-01-23T09:00:00Z');
  it.each([
    [0, 'ok'],
    [59_999, 'ok'],
    [60_000, 'ok'],
    [60_001, 'invalid_transition'],
    [3_600_000, 'invalid_transition'],
  ] as const)('%i ms after the removal: %s', (ms, outcome) => {
    const now = new Date(removedAt.getTime() + ms);
    expect(codeOf(() => checkRestorable(removedAt, now))).toBe(outcome);
  });
});

describe('agenda item state', () => {
  const parties = [aParticipant('gov'), aParticipant('opp'), aParticipant('ru', 'sponsor')];
  const stances = (gov?: AgendaStance, opp?: AgendaStance) => ({
    stances: [
      ...(gov ? [{ participantId: 'gov', stance: gov, comment: '', updatedAt: now }] : []),
      ...(opp ? [{ participantId: 'opp', stance: opp, comment: '', updatedAt: now }] : []),
    ],
  });
  it.each([
    ['accept', 'accept', 'adopted'],
    ['accept', 'reserve', 'open'],
    ['accept', undefined, 'open'],
    ['reserve', 'reject', 'contested'],
    [undefined, 'reject', 'contested'],
    [undefined, undefined, 'open'],
  ] as const)('government %s, opposition %s: %s', (gov, opp, state) => {
    expect(agendaItemState(stances(gov, opp), parties)).toBe(state);
  });

  it('is adopted exactly when every party accepts (sponsors have no say)', () => {
    const stance = fc.option(fc.constantFrom(...AGENDA_STANCES), { nil: undefined });
    fc.assert(
      fc.property(stance, stance, (gov, opp) => {
        const state = agendaItemState(stances(gov, opp), parties);
        expect(state === 'adopted').toBe(gov === 'accept' && opp === 'accept');
        expect(state === 'contested').toBe(gov === 'reject' || opp === 'reject');
      }),
    );
  });

  it('never adopts an item in a round without parties', () => {
    expect(agendaItemState({ stances: [] }, [aParticipant('ru', 'sponsor')])).toBe('open');
  });
});
