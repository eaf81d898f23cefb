import type { RoundAggregate } from '../convening/types.ts';
import type { Channel, RoundShape } from './types.ts';

export const shapeOf = (agg: RoundAggregate): RoundShape => ({
  roundId: agg.round.id,
  mediatorTeam: agg.round.mediatorTeam,
  participants: agg.participants.map((p) => ({
    id: p.id,
    capacity: p.capacity,
    name: p.actor.name,
  })),
});

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
  const wanted: Omit<Channel, 'id' | 'lastSeq'>[] = [];
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
    if (s.format === 'proximity') continue;
    wanted.push({
      ...base,
      kind: s.format,
      sessionId: s.id,
      listedParticipantIds: [...s.participantIds].sort(),
    });
  }
  const key = (c: Omit<Channel, 'id' | 'lastSeq'>) =>
    [c.kind, c.ownerParticipantId ?? '', c.sessionId ?? '', c.listedParticipantIds.join(',')].join(
      '|',
    );
  const existing = new Set(open.map(key));
  return wanted
    .filter((c) => !existing.has(key(c)))
    .map((c) => ({ ...c, id: nextId(), lastSeq: 0 }));
}
