// A reference model of who may read what in a round's talks (invariants 1 and 2), kept deliberately
// naive: it knows nothing of the server's code, only the rules of the design.
import type { RelayPermission, SessionFormat } from '../../core/vocabulary.ts';

export const PARTIES = ['gov', 'opp', 'un', 'ru', 'us'] as const;
export type Party = (typeof PARTIES)[number];
export const USERS = [
  'govHead',
  'oppHead',
  'unHead',
  'ruHead',
  'usHead',
  'm1',
  'x1',
  'x2',
  'operator',
] as const;
export type User = (typeof USERS)[number];
export const CHANNELS = [
  'caucus:gov',
  'caucus:opp',
  'caucus:un',
  'caucus:ru',
  'caucus:us',
  'line:gov',
  'line:opp',
  'mediators',
  'plenary',
] as const;
/**
 * The channels a second session, "Talks", holds in each format: it starts bilateral between the
 * parties and may become a consultation of the mediator team, a plenary, or proximity talks (which
 * use the lines and hold no channel of their own).
 */
export const TALKS_CHANNELS = ['talks:bilateral', 'talks:consultation', 'talks:plenary'] as const;
export type ChannelKey = (typeof CHANNELS)[number] | (typeof TALKS_CHANNELS)[number];
export const TALKS_LISTED: Partial<Record<SessionFormat, Party[]>> = {
  bilateral: ['gov', 'opp'],
  consultation: ['un', 'ru'],
};

const TEAM: Party[] = ['un', 'ru'];

export interface ModelMessage {
  id: string;
  seq: number;
  channel: ChannelKey;
  type: string;
  body: string;
  senderParty: Party;
  senderUser: User;
  permission: RelayPermission | null;
  relaySourceId: string | null;
  attributedTo: Party | null;
  replyToId: null;
  correctionOfId: null;
}

export class TalksModel {
  seats = new Map<User, Party | null>([
    ['govHead', 'gov'],
    ['oppHead', 'opp'],
    ['unHead', 'un'],
    ['ruHead', 'ru'],
    ['usHead', 'us'],
    ['m1', 'opp'],
    ['x1', null],
    ['x2', null],
    ['operator', null],
  ]);
  messages = new Map<ChannelKey, ModelMessage[]>(
    [...CHANNELS, ...TALKS_CHANNELS].map((c) => [c, []]),
  );
  talksFormat: SessionFormat = 'bilateral';
  /** The talks' channels opened so far: one per format the session has been in, proximity aside. */
  talksOpened = new Set<ChannelKey>(['talks:bilateral']);

  /** Every channel that exists now, open or closed. */
  channels(): ChannelKey[] {
    return [...CHANNELS, ...TALKS_CHANNELS.filter((c) => this.talksOpened.has(c))];
  }

  /** Whether the channel takes messages: a talks channel only while its format is in force. */
  isOpen(channel: ChannelKey): boolean {
    return !channel.startsWith('talks:') || channel === `talks:${this.talksFormat}`;
  }

  reformat(to: SessionFormat) {
    this.talksFormat = to;
    if (to !== 'proximity') this.talksOpened.add(`talks:${to}` as ChannelKey);
  }

  audience(channel: ChannelKey): Party[] {
    const [kind, owner] = channel.split(':') as [string, Party | undefined];
    if (kind === 'talks') return TALKS_LISTED[owner as SessionFormat] ?? [...PARTIES];
    if (kind === 'caucus') return [owner!];
    if (kind === 'line') return [owner!, ...TEAM];
    if (kind === 'mediators') return [...TEAM];
    return [...PARTIES];
  }

  seat(user: User) {
    return this.seats.get(user) ?? null;
  }

  canRead(user: User, channel: ChannelKey) {
    const seat = this.seat(user);
    return (
      seat !== null && this.channels().includes(channel) && this.audience(channel).includes(seat)
    );
  }

  /** May speak there, were the channel open: a seat in its audience, not the observer's. */
  canSpeak(user: User, channel: ChannelKey) {
    return this.canRead(user, channel) && this.seat(user) !== 'us';
  }

  readable(user: User): ChannelKey[] {
    return this.channels().filter((c) => this.canRead(user, c));
  }

  /** What `user` must see of `m`: the API's MessageView without ids it cannot know and without time. */
  view(
    user: User,
    m: ModelMessage,
    ids: {
      party: (p: Party) => string;
      user: (u: User) => string;
      channel: (c: ChannelKey) => string;
    },
  ) {
    const seat = this.seat(user);
    const inTeam = seat !== null && TEAM.includes(seat) && this.audience(m.channel).includes(seat);
    const [kind, owner] = m.channel.split(':');
    const hide = kind === 'line' && !inTeam && m.senderParty !== owner;
    return {
      id: m.id,
      channelId: ids.channel(m.channel),
      seq: m.seq,
      type: m.type,
      body: m.body,
      replyToId: null,
      correctionOfId: null,
      from: hide
        ? { kind: 'mediators' }
        : {
            kind: 'participant',
            participantId: ids.party(m.senderParty),
            userId: ids.user(m.senderUser),
          },
      relayPermission: kind === 'line' ? m.permission : null,
      relayed: kind === 'line' && this.wasRelayed(m),
      relay: m.relaySourceId
        ? {
            sourceMessageId: inTeam ? m.relaySourceId : null,
            attributedTo: m.attributedTo ? ids.party(m.attributedTo) : null,
          }
        : null,
      attachments: [],
    };
  }

  wasRelayed(m: ModelMessage): boolean {
    return [...this.messages.values()].some((list) => list.some((r) => r.relaySourceId === m.id));
  }

  /**
   * A narrowing's outcome: unknown to whoever cannot read the line, refused to anyone but the
   * sender and its head, refused once relayed or when wider, else the new permission (or none).
   */
  narrowVerdict(
    user: User,
    m: ModelMessage,
    to: RelayPermission,
  ): 'not_found' | 'forbidden' | 'invalid_transition' | 'ok' {
    if (!this.canRead(user, m.channel)) return 'not_found';
    const owner = m.channel.slice('line:'.length) as Party;
    if (this.seat(user) !== owner) return 'forbidden';
    if (user !== m.senderUser && user !== `${owner}Head`) return 'forbidden';
    const breadth = { mediator_only: 0, may_relay: 1, may_relay_attributed: 2 };
    if (this.wasRelayed(m) || breadth[to] > breadth[m.permission!]) return 'invalid_transition';
    return 'ok';
  }

  /** A relay's outcome under the rules: refused, or allowed with or without naming the source. */
  relayVerdict(mediator: User, source: ModelMessage, attribute: boolean): 'forbidden' | 'ok' {
    const seat = this.seat(mediator);
    if (seat === null || !TEAM.includes(seat)) return 'forbidden';
    if (source.permission === 'mediator_only' || source.permission === null) return 'forbidden';
    if (attribute && source.permission !== 'may_relay_attributed') return 'forbidden';
    return 'ok';
  }
}
