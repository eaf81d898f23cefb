// Pure helpers for the talks views: merging live and fetched messages, naming channels, the relay queue.
import type { ChannelKind } from '../../core/vocabulary.ts';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';

/** Messages by sequence number, each seq once: live frames and fetched pages can overlap. */
export function mergeMessages(current: MessageView[], incoming: MessageView[]): MessageView[] {
  const bySeq = new Map<number, MessageView>();
  for (const m of current) bySeq.set(m.seq, m);
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export const maxSeq = (messages: MessageView[]): number =>
  messages.reduce((max, m) => Math.max(max, m.seq), 0);

/** True when the held messages skip a sequence number below `seq` (something was missed). */
export function hasGapBefore(messages: MessageView[], seq: number): boolean {
  return seq > maxSeq(messages) + 1;
}

const KIND_ORDER: readonly ChannelKind[] = [
  'caucus',
  'mediators',
  'line',
  'plenary',
  'consultation',
  'bilateral',
];

export function groupByKind(
  channels: ChannelView[],
): { kind: ChannelKind; channels: ChannelView[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    channels: channels.filter((c) => c.kind === kind),
  })).filter((g) => g.channels.length > 0);
}

/** The subject a channel is named after: its delegation or party, or its session; null for the mediators. */
export function channelSubject(round: RoundView, channel: ChannelView): string | null {
  if (channel.ownerParticipantId !== null) {
    return round.participants.find((p) => p.id === channel.ownerParticipantId)?.actor.name ?? null;
  }
  if (channel.sessionId !== null) {
    return round.sessions.find((s) => s.id === channel.sessionId)?.title ?? null;
  }
  return null;
}

/** A party's own words on its own line. */
export const isPartyWords = (channel: ChannelView, m: MessageView): boolean =>
  m.from.kind === 'participant' && m.from.participantId === channel.ownerParticipantId;

export const isRelayable = (m: MessageView): boolean =>
  m.relayPermission === 'may_relay' || m.relayPermission === 'may_relay_attributed';

export interface LineMessages {
  channel: ChannelView;
  messages: MessageView[];
}

/** Party messages that may be relayed and that no relay the mediators can see cites yet. */
export function awaitingRelay(
  lines: LineMessages[],
): { channel: ChannelView; message: MessageView }[] {
  const cited = new Set<string>();
  for (const line of lines) {
    for (const m of line.messages) {
      if (m.relay?.sourceMessageId) cited.add(m.relay.sourceMessageId);
    }
  }
  return lines.flatMap((line) =>
    line.messages
      .filter(
        (m) => isPartyWords(line.channel, m) && isRelayable(m) && !m.relayed && !cited.has(m.id),
      )
      .map((message) => ({ channel: line.channel, message })),
  );
}

/** Whether the viewer speaks for the party that owns this line (and so sets relay permissions). */
export const isOwnLine = (round: RoundView, channel: ChannelView): boolean =>
  channel.kind === 'line' &&
  channel.ownerParticipantId !== null &&
  round.viewer.participantIds.includes(channel.ownerParticipantId);

/** An idempotency key for one send; kept for its retries. Works outside secure contexts too. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The first words of a message, for references ("in reply to …"). */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
