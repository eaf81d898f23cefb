import { describe, expect, it } from 'vitest';
import type { ChannelView, MessageView } from '../shared/api/types.ts';
import { awaitingRelay, hasGapBefore, mergeMessages } from './model.ts';

const msg = (seq: number, over: Partial<MessageView> = {}): MessageView => ({
  id: `m${seq}`,
  relayed: false,
  channelId: 'c',
  seq,
  type: 'statement',
  body: `body ${seq}`,
  createdAt: '2017-01-23T10:00:00.000Z',
  replyToId: null,
  correctionOfId: null,
  from: { kind: 'participant', participantId: 'opp', userId: 'u1' },
  relayPermission: null,
  relay: null,
  attachments: [],
  ...over,
});

const line = (id: string, owner: string): ChannelView => ({
  id,
  kind: 'line',
  ownerParticipantId: owner,
  sessionId: null,
  listedParticipantIds: [],
  audienceParticipantIds: [owner],
  lastMessage: null,
  lastSeq: 0,
  unread: 0,
  closure: null,
  canPost: true,
  canRelay: true,
});

describe('merging messages', () => {
  it('keeps each seq once, in order, whatever the arrival order', () => {
    const merged = mergeMessages([msg(1), msg(3)], [msg(3), msg(2), msg(1)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('notices a gap', () => {
    expect(hasGapBefore([msg(1), msg(2)], 3)).toBe(false);
    expect(hasGapBefore([msg(1), msg(2)], 5)).toBe(true);
  });
});

describe('the relay queue', () => {
  it('lists a party’s relayable words not yet cited by a relay', () => {
    const opp = line('L-opp', 'opp');
    const gov = line('L-gov', 'gov');
    const kept = msg(1, { id: 'kept', relayPermission: 'mediator_only' });
    const plain = msg(2, { id: 'plain', relayPermission: 'may_relay' });
    const named = msg(3, { id: 'named', relayPermission: 'may_relay_attributed' });
    const mediatorsWords = msg(4, {
      id: 'ours',
      from: { kind: 'participant', participantId: 'un', userId: 'u9' },
    });
    const relay = msg(1, {
      id: 'relay',
      channelId: 'L-gov',
      from: { kind: 'participant', participantId: 'un', userId: 'u9' },
      relay: { sourceMessageId: 'plain', attributedTo: null },
    });
    const queue = awaitingRelay([
      { channel: opp, messages: [kept, plain, named, mediatorsWords] },
      { channel: gov, messages: [relay] },
    ]);
    expect(queue.map((q) => q.message.id)).toEqual(['named']);
  });
});
