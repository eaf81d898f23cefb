import { describe, expect, it } from 'vitest';
import { CAPACITIES, MEMBER_ROLES, type Capacity, type MemberRole } from '../vocabulary.ts';
import { can } from './can.ts';
import type { Principal } from './principal.ts';
import { ACTIONS, POLICY, type Action } from './table.ts';

const base: Principal = {
  userId: 'u1',
  isOperator: false,
  isProcessConvener: false,
  seats: [],
  actorIds: [],
  inProcess: false,
};
const seated = (capacity: Capacity, role: MemberRole): Principal => ({
  ...base,
  inProcess: true,
  seats: [{ participantId: 'p-own', capacity, role }],
});
const resourceFor = (action: Action, own: boolean) => ({
  kind: POLICY[action].resource,
  ownerParticipantId: own ? 'p-own' : 'p-other',
  invitedActorIds: ['actor-invited'],
  audienceParticipantIds: own ? ['p-own'] : ['p-other'],
  mediatorTeamIds: own ? ['p-own'] : ['p-other'],
  // Own: the pen is the mediator team's and the seat is in it; otherwise the conveners hold it.
  penholders: own ? ('mediator' as const) : ('conveners' as const),
});

// The rules of procedure restated in words, independently of the table's encoding.
function expected(action: Action, capacity: Capacity, role: MemberRole, own: boolean): boolean {
  const convenes =
    (capacity === 'sponsor' || capacity === 'mediator') && (role === 'head' || role === 'deputy');
  const lead = role === 'head' || role === 'deputy';
  const holdsPen = lead && (own || capacity === 'sponsor' || capacity === 'mediator');
  switch (action) {
    case 'platform.read':
    case 'process.list':
    case 'account.manageOwnSignIns':
    case 'account.changePassword':
    case 'round.read':
    case 'process.read':
    case 'channel.list':
    case 'text.list':
    case 'text.read':
      return true;
    case 'text.create':
      return convenes;
    case 'text.issueRevision':
    case 'text.setLanguageVersion':
    case 'text.openAdoption':
    case 'text.declineProposal':
      return holdsPen;
    case 'text.withdrawProposal':
      return own && (lead || (capacity === 'party' && role === 'spokesperson'));
    case 'text.propose':
      return holdsPen || (capacity === 'party' && (lead || role === 'spokesperson'));
    case 'text.setStance':
      return capacity === 'party' && (lead || role === 'spokesperson') && own;
    case 'text.sign':
      return lead && own;
    case 'round.archive':
      return role === 'head';
    case 'channel.read':
    case 'message.relay':
      return own;
    case 'message.narrowRelayPermission':
      return own && capacity === 'party';
    case 'message.post':
    case 'poll.create':
    case 'poll.vote':
      return own && capacity !== 'observer';
    case 'round.create':
    case 'actor.list':
    case 'round.setMediatorTeam':
    case 'round.setSettings':
    case 'invitation.create':
    case 'invitation.withdraw':
    case 'session.schedule':
    case 'session.changeFormat':
    case 'agenda.propose':
      return convenes;
    case 'session.recordAttendance':
      return convenes || capacity === 'host' || capacity === 'secretariat';
    case 'agenda.setStance':
      return capacity === 'party' && ['head', 'deputy', 'spokesperson'].includes(role) && own;
    case 'delegation.read':
      return own;
    case 'delegation.manage':
      return role === 'head' && own;
    case 'account.create':
    case 'account.list':
    case 'account.edit':
    case 'account.disable':
    case 'account.enable':
    case 'actor.create':
    case 'actor.edit':
    case 'process.create':
    case 'process.edit':
    case 'process.appointConvener':
    case 'record.verify':
    case 'invitation.respond':
      return false;
  }
}

describe('the policy table', () => {
  const rows = CAPACITIES.flatMap((capacity) =>
    MEMBER_ROLES.flatMap((role) =>
      ACTIONS.flatMap((action) => [true, false].map((own) => ({ capacity, role, action, own }))),
    ),
  );

  it.each(rows)('$capacity $role, $action (own: $own)', ({ capacity, role, action, own }) => {
    expect(can(seated(capacity, role), action, resourceFor(action, own))).toBe(
      expected(action, capacity, role, own),
    );
  });

  it('gives the operator the platform and none of a round’s business', () => {
    const operator = { ...base, isOperator: true };
    const allowed = ACTIONS.filter((a) => can(operator, a, resourceFor(a, false)));
    expect(allowed.sort()).toEqual(
      [
        'platform.read',
        'account.create',
        'account.list',
        'account.manageOwnSignIns',
        'account.changePassword',
        'account.edit',
        'account.disable',
        'account.enable',
        'actor.create',
        'actor.list',
        'actor.edit',
        'process.create',
        'process.edit',
        'process.list',
        'process.read',
        'process.appointConvener',
        'round.read',
        'record.verify',
      ].sort(),
    );
  });

  it('lets an appointed process convener convene without a seat', () => {
    const convener = { ...base, isProcessConvener: true };
    for (const a of [
      'round.create',
      'invitation.create',
      'session.changeFormat',
      'agenda.propose',
    ] as const) {
      expect(can(convener, a, resourceFor(a, false))).toBe(true);
    }
    expect(can(convener, 'agenda.setStance', resourceFor('agenda.setStance', true))).toBe(false);
  });

  it('lets only the invited actor answer an invitation', () => {
    const invitee = { ...base, actorIds: ['actor-invited'] };
    expect(can(invitee, 'invitation.respond', resourceFor('invitation.respond', false))).toBe(true);
    expect(
      can(
        { ...base, actorIds: ['someone-else'] },
        'invitation.respond',
        resourceFor('invitation.respond', false),
      ),
    ).toBe(false);
    expect(can(invitee, 'round.read', { kind: 'round', invitedActorIds: ['actor-invited'] })).toBe(
      true,
    );
  });

  it('fails closed', () => {
    const head = seated('sponsor', 'head');
    expect(can(head, 'invitation.create', { kind: 'session' }), 'wrong resource kind').toBe(false);
    expect(can(head, 'no.such.action' as Action, { kind: 'round' }), 'unknown action').toBe(false);
    expect(can({ ...head, userId: '' }, 'round.read', { kind: 'round' }), 'anonymous').toBe(false);
    const exploding = {
      ...head,
      get seats(): never {
        throw new Error('storage failed');
      },
    };
    expect(can(exploding, 'round.read', { kind: 'round' }), 'error while deciding').toBe(false);
  });
});
