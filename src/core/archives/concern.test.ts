import { describe, expect, it } from 'vitest';
import type { RecordEvent } from '../record/chain.ts';
import { disclosureOf, type ArchiveIndex } from './concern.ts';

const index: ArchiveIndex = {
  processId: 'process',
  roundId: 'round',
  holderParticipantId: 'gov',
  inMediatorTeam: false,
  invitationIds: new Set(['inv-gov']),
  sessionIds: new Set(['plenary']),
  agendaItemIds: new Set(['item']),
  channelIds: new Set(['caucus-gov']),
  messageIds: new Set(['m-gov']),
  attachmentIds: new Set(['f-gov']),
  polls: new Map([
    ['poll-open', { secret: false }],
    ['poll-secret', { secret: true }],
  ]),
  textIds: new Set(['text']),
  proposals: new Map([
    ['prop-seen', { attributed: true }],
    ['prop-anonymous', { attributed: false }],
  ]),
};

const event = (
  action: string,
  subjectKind: string,
  subjectId: string,
  payload: Record<string, unknown> = {},
  roundId: string | null = 'round',
): RecordEvent => ({
  seq: 1,
  at: '2017-01-23T09:00:00.000Z',
  actorUserId: 'u',
  action,
  subjectKind,
  subjectId,
  roundId,
  payload,
  payloadDigest: '0'.repeat(64),
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
});

describe('which record events a delegation’s archive carries', () => {
  it.each([
    [
      'its own caucus message',
      event('message.post', 'channel', 'caucus-gov', { messageId: 'm-gov' }),
      'payload',
    ],
    [
      'a message of a channel it read that it did not get',
      event('message.post', 'channel', 'caucus-gov', { messageId: 'm-unsent' }),
      'excluded',
    ],
    [
      'the other side’s caucus message',
      event('message.post', 'channel', 'caucus-opp', { messageId: 'm-opp' }),
      'excluded',
    ],
    [
      'a file it received',
      event('attachment.upload', 'channel', 'caucus-gov', { attachmentId: 'f-gov' }),
      'payload',
    ],
    [
      'a file still unsent in its caucus',
      event('attachment.upload', 'channel', 'caucus-gov', { attachmentId: 'f-draft' }),
      'excluded',
    ],
    ['its own invitation', event('invitation.accept', 'invitation', 'inv-gov'), 'payload'],
    ['another’s invitation', event('invitation.decline', 'invitation', 'inv-opp'), 'excluded'],
    ['its round', event('round.setMediatorTeam', 'round', 'round'), 'payload'],
    ['another round', event('round.create', 'round', 'round-2', {}, 'round-2'), 'excluded'],
    ['its process', event('process.create', 'process', 'process', {}, null), 'payload'],
    ['someone’s sign-in', event('auth.signIn', 'user', 'u', {}, null), 'excluded'],
    ['an accepted seat of its own', event('delegation.addMember', 'participant', 'gov'), 'payload'],
    [
      'another delegation’s roster',
      event('delegation.addMember', 'participant', 'opp'),
      'excluded',
    ],
    [
      'a removal of its own taken back',
      event('delegation.restoreMember', 'participant', 'gov'),
      'payload',
    ],
    [
      'another delegation’s removal taken back',
      event('delegation.restoreMember', 'participant', 'opp'),
      'excluded',
    ],
    [
      'its own attendance',
      event('session.recordAttendance', 'session', 'plenary', { participantId: 'gov' }),
      'payload',
    ],
    [
      'another’s attendance',
      event('session.recordAttendance', 'session', 'plenary', { participantId: 'opp' }),
      'excluded',
    ],
    [
      'its own agenda stance',
      event('agenda.setStance', 'agenda_item', 'item', { participantId: 'gov' }),
      'payload',
    ],
    [
      'another’s agenda stance',
      event('agenda.setStance', 'agenda_item', 'item', { participantId: 'opp' }),
      'excluded',
    ],
    ['a vote in an open poll', event('poll.vote', 'poll', 'poll-open', { option: 1 }), 'payload'],
    ['a vote in a secret ballot', event('poll.vote', 'poll', 'poll-secret'), 'excluded'],
    ['a proposal whose proposer it saw', event('text.propose', 'proposal', 'prop-seen'), 'payload'],
    [
      'a proposal whose proposer was withheld from it',
      event('text.propose', 'proposal', 'prop-anonymous'),
      'excluded',
    ],
    [
      'a revision taking in attributed proposals',
      event('text.issueRevision', 'text', 'text', { proposals: [{ id: 'prop-seen' }] }),
      'payload',
    ],
    [
      'a revision taking in a proposal withheld from it',
      event('text.issueRevision', 'text', 'text', { proposals: [{ id: 'prop-anonymous' }] }),
      'withheld',
    ],
    [
      'a stance everyone reads',
      event('text.setStance', 'text', 'text', { participantId: 'opp', stance: 'agree' }),
      'payload',
    ],
    [
      'a stance kept for the mediators',
      event('text.setStance', 'text', 'text', { participantId: 'opp', content: { digest: 'd' } }),
      'excluded',
    ],
    [
      'its own stance kept for the mediators',
      event('text.setStance', 'text', 'text', { participantId: 'gov', content: { digest: 'd' } }),
      'payload',
    ],
    [
      'an action no rule names yet',
      event('monitoring.report', 'channel', 'caucus-gov'),
      'excluded',
    ],
  ] as const)('%s', (_, e, disclosure) => {
    expect(disclosureOf(e, index)).toBe(disclosure);
  });

  it('lets the mediator team read the stances kept for it', () => {
    const e = event('text.setStance', 'text', 'text', {
      participantId: 'opp',
      content: { digest: 'd' },
    });
    expect(disclosureOf(e, { ...index, inMediatorTeam: true })).toBe('payload');
  });
});
