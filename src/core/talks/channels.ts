import type { RoundAggregate, Session } from '../convening/index.ts';
import type { Channel, ChannelClosure, RoundShape } from './types.ts';

export const shapeOf = (agg: RoundAggregate): RoundShape => ({
  roundId: agg.round.id,
  mediatorTeam: agg.round.mediatorTeam,
  participants: agg.participants.map((p) => ({
    id: p.id,
    capacity: p.capacity,
    name: p.actor.name,
  })),
  sessionEnds: agg.round.sessionChannelsCloseAtEnd
    ? Object.fromEntries(agg.sessions.map((s) => [s.id, s.endsAt.toISOString()]))
    : {},
});

type ChannelShape = Omit<Channel, 'id' | 'lastSeq' | 'closure'>;

const keyOf = (c: ChannelShape) =>
  [c.kind, c.ownerParticipantId ?? '', c.sessionId ?? '', c.listedParticipantIds.join(',')].join(
    '|',
  );

/** The channel a session holds in its current format: none for proximity talks (they use the lines). */
function sessionChannel(session: Session, roundId: string): ChannelShape | null {
  if (session.format === 'proximity') return null;
  return {
    roundId,
    kind: session.format,
    ownerParticipantId: null,
    sessionId: session.id,
    listedParticipantIds: [...session.participantIds].sort(),
  };
}

/**
 * The channels the round's shape calls for that are not open yet: the mediators' channel, a caucus
 * per delegation, a line per party, and a channel per plenary, consultation and bilateral session
 * in its current format (proximity talks happen on the lines).
 */
export function channelsToOpen(
  agg: RoundAggregate,
  open: readonly Channel[],
  nextId: () => string,
): Channel[] {
  const wanted: ChannelShape[] = [];
  const base = {
    roundId: agg.round.id,
    ownerParticipantId: null,
    sessionId: null,
    listedParticipantIds: [],
  };
  wanted.push({ ...base, kind: 'mediators' });
  for (const p of agg.participants) {
    wanted.push({ ...base, kind: 'caucus', ownerParticipantId: p.id });
    if (p.capacity === 'party') wanted.push({ ...base, kind: 'line', ownerParticipantId: p.id });
  }
  for (const s of agg.sessions) {
    const channel = sessionChannel(s, agg.round.id);
    if (channel) wanted.push(channel);
  }
  // A closed channel of the same shape is reopened by `formatClosures`, not opened twice.
  const existing = new Set(open.map(keyOf));
  return wanted
    .filter((c) => !existing.has(keyOf(c)))
    .map((c) => ({ ...c, id: nextId(), lastSeq: 0, closure: null }));
}

/**
 * Session channels whose format is no longer in force close (invariant 7: a party must not go on
 * writing to the other face to face once the talks became proximity talks); one whose format is
 * in force again reopens, to the same audience it always had.
 */
export function formatClosures(
  agg: RoundAggregate,
  open: readonly Channel[],
  now: Date,
): { close: { id: string; closure: ChannelClosure }[]; reopen: string[] } {
  const close: { id: string; closure: ChannelClosure }[] = [];
  const reopen: string[] = [];
  for (const channel of open) {
    const session = agg.sessions.find((s) => s.id === channel.sessionId);
    if (!session) continue;
    const inForce = sessionChannel(session, agg.round.id);
    const current = inForce !== null && keyOf(inForce) === keyOf(channel);
    if (!current && channel.closure === null) {
      close.push({
        id: channel.id,
        closure: { reason: 'format_changed', to: session.format, at: now.toISOString() },
      });
    } else if (current && channel.closure?.reason === 'format_changed') reopen.push(channel.id);
  }
  return { close, reopen };
}

/** Why the channel takes no more messages now, or null while it is open. */
export function channelClosure(
  channel: Pick<Channel, 'closure' | 'sessionId'>,
  shape: Pick<RoundShape, 'sessionEnds'>,
  now: Date,
): ChannelClosure | null {
  if (channel.closure) return channel.closure;
  const endsAt = channel.sessionId ? shape.sessionEnds[channel.sessionId] : undefined;
  if (endsAt !== undefined && now.getTime() >= Date.parse(endsAt))
    return { reason: 'session_ended', at: endsAt };
  return null;
}
