import { describe, expect, it } from 'vitest';
import type { Participant, RoundAggregate, Session } from '../convening/index.ts';
import { DomainError } from '../errors.ts';
import type { SessionFormat } from '../vocabulary.ts';
import { channelClosure, channelsToOpen, formatClosures, shapeOf } from './channels.ts';
import { checkOpen, decidePost } from './messages.ts';
import type { Channel } from './types.ts';

const now = new Date('2017-01-21T00:00:00Z');
const participant = (id: string, capacity: Participant['capacity'] = 'party'): Participant => ({
  id,
  roundId: 'r1',
  actor: { id: `actor-${id}`, name: id, kind: 'state', members: [] },
  capacity,
  representationLevel: 'delegation',
  seatedAt: now,
});
const session = (format: SessionFormat, participantIds: string[] = []): Session => ({
  id: 's1',
  roundId: 'r1',
  title: 'Talks on the ceasefire',
  format,
  startsAt: new Date('2017-01-23T08:00:00Z'),
  endsAt: new Date('2017-01-23T10:00:00Z'),
  room: '',
  participantIds,
  formatChanges: [],
  attendance: [],
});
const round = (s: Session, closeAtEnd = false): RoundAggregate => ({
  round: {
    id: 'r1',
    processId: 'p1',
    processTitle: 'Astana',
    title: 'Astana I',
    venue: 'Astana',
    startsOn: '2017-01-23',
    endsOn: '2017-01-24',
    timeZone: 'Asia/Almaty',
    mediatorTeam: ['un'],
    sessionChannelsCloseAtEnd: closeAtEnd,
  },
  participants: [participant('gov'), participant('opp'), participant('un', 'mediator')],
  members: [],
  invitations: [],
  sessions: [s],
  agenda: [],
});
const errorOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof DomainError ? { code: e.code, message: e.message } : e;
  }
};
let ids = 0;
const opened = (agg: RoundAggregate, before: Channel[] = []) =>
  channelsToOpen(agg, before, () => `c${++ids}`).filter((c) => c.sessionId === 's1');

describe('a session’s channel across format changes', () => {
  const bilateral = session('bilateral', ['opp', 'gov']);
  const [direct] = opened(round(bilateral));

  it('opens one channel for the format in force, listing its participants in order', () => {
    expect(direct).toMatchObject({ kind: 'bilateral', listedParticipantIds: ['gov', 'opp'] });
    expect(formatClosures(round(bilateral), [direct!], now)).toEqual({ close: [], reopen: [] });
  });

  it.each([
    ['proximity', session('proximity')],
    ['plenary', session('plenary')],
    ['consultation', session('consultation', ['un', 'gov'])],
    ['bilateral between others', session('bilateral', ['gov', 'un'])],
  ])('closes it when the session becomes %s, saying why and when', (_label, changed) => {
    const { close, reopen } = formatClosures(round(changed), [direct!], now);
    expect(close).toEqual([
      {
        id: direct!.id,
        closure: { reason: 'format_changed', to: changed.format, at: now.toISOString() },
      },
    ]);
    expect(reopen).toEqual([]);
  });

  it('opens the new format’s channel beside the closed one, and none for proximity', () => {
    expect(opened(round(session('plenary')), [direct!])).toHaveLength(1);
    expect(opened(round(session('proximity')), [direct!])).toHaveLength(0);
  });

  it('reopens the same channel, to the same audience, when the format comes back', () => {
    const closed: Channel = {
      ...direct!,
      closure: { reason: 'format_changed', to: 'proximity', at: now.toISOString() },
    };
    expect(formatClosures(round(bilateral), [closed], now)).toEqual({
      close: [],
      reopen: [direct!.id],
    });
    expect(opened(round(bilateral), [closed])).toEqual([]);
    // Closed once, it is not closed again.
    expect(formatClosures(round(session('proximity')), [closed], now).close).toEqual([]);
  });

  it('leaves caucuses, lines and the mediators’ channel alone', () => {
    const all = channelsToOpen(round(bilateral), [], () => `c${++ids}`);
    const { close } = formatClosures(round(session('proximity')), all, now);
    expect(close.map((c) => all.find((x) => x.id === c.id)!.kind)).toEqual(['bilateral']);
  });
});

describe('whether a channel takes messages', () => {
  const s = session('plenary');
  const [plenary] = opened(round(s));
  const before = new Date('2017-01-23T09:59:59Z');
  const after = new Date('2017-01-23T10:00:00Z');

  it('is open while the session runs, and after it unless the round’s settings say otherwise', () => {
    expect(channelClosure(plenary!, shapeOf(round(s)), after)).toBeNull();
    expect(channelClosure(plenary!, shapeOf(round(s, true)), before)).toBeNull();
    expect(channelClosure(plenary!, shapeOf(round(s, true)), after)).toEqual({
      reason: 'session_ended',
      at: s.endsAt.toISOString(),
    });
  });

  it('refuses a post to a closed channel with channel_closed, and says why', () => {
    const shape = shapeOf(round(s, true));
    const post = (at: Date) =>
      errorOf(() => decidePost(plenary!, shape, 'gov', { type: 'statement', body: 'Words.' }, at));
    expect(post(after)).toMatchObject({
      code: 'channel_closed',
      message: expect.stringMatching(/session ended on 2017-01-23/),
    });
    expect(post(before)).toBeNull();
    const reformatted: Channel = {
      ...plenary!,
      closure: { reason: 'format_changed', to: 'proximity', at: '2017-01-22T10:00:00.000Z' },
    };
    expect(errorOf(() => checkOpen(reformatted, shapeOf(round(s)), before))).toMatchObject({
      code: 'channel_closed',
      message: expect.stringMatching(/became proximity talks on 2017-01-22/),
    });
  });
});
