import { describe, expect, it } from 'vitest';
import type { MessageView } from '../shared/api/types.ts';
import { aMessage } from '../testing/factories.ts';
import { firstUnreadSeq, threadOf } from './thread.ts';

const at = (seq: number, createdAt: string, over: Partial<MessageView> = {}) =>
  aMessage({ id: `m${seq}`, seq, createdAt, ...over });
const shape = (items: ReturnType<typeof threadOf>) =>
  items.map((i) =>
    i.kind === 'day'
      ? `day ${i.day}`
      : i.kind === 'unread'
        ? 'unread'
        : `${i.message.seq}${i.continues ? '+' : ''}`,
  );
const OTHER = { kind: 'participant' as const, participantId: 'p-opp', userId: 'u-opp' };

describe('threadOf', () => {
  it('runs one sender’s messages under one header, and breaks the run on a new sender, a gap, a reply', () => {
    const messages = [
      at(1, '2017-01-23T04:00:00Z'),
      at(2, '2017-01-23T04:03:00Z'),
      at(3, '2017-01-23T04:20:00Z'),
      at(4, '2017-01-23T04:21:00Z', { from: OTHER }),
      at(5, '2017-01-23T04:22:00Z', { from: OTHER, replyToId: 'm1' }),
    ];
    expect(shape(threadOf(messages, 'Asia/Almaty', null))).toEqual([
      'day 2017-01-23',
      '1',
      '2+',
      '3',
      '4',
      '5',
    ]);
  });

  it('starts a new day where the round meets, not in UTC', () => {
    // 18:30 UTC on the 23rd is already the 24th in Astana (UTC+6).
    const messages = [at(1, '2017-01-23T17:00:00Z'), at(2, '2017-01-23T18:30:00Z')];
    expect(shape(threadOf(messages, 'Asia/Almaty', null))).toEqual([
      'day 2017-01-23',
      '1',
      'day 2017-01-24',
      '2',
    ]);
    expect(shape(threadOf(messages, 'UTC', null))).toEqual(['day 2017-01-23', '1', '2']);
  });

  it('draws the new-messages line before the first unread one, which then heads its own run', () => {
    const messages = [at(1, '2017-01-23T04:00:00Z'), at(2, '2017-01-23T04:01:00Z')];
    expect(shape(threadOf(messages, 'UTC', 2))).toEqual(['day 2017-01-23', '1', 'unread', '2']);
  });

  it.each([
    [10, 0, null],
    [10, 3, 8],
    [3, 3, 1],
  ])('with last seq %i and %i unread, unread starts at %s', (last, unread, first) => {
    expect(firstUnreadSeq(last, unread)).toBe(first);
  });
});
