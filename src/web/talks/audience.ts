import type { TFunction } from 'i18next';
import type { ChannelView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';

const namesOf = (round: RoundView, ids: readonly string[]) =>
  ids
    .map((id) => round.participants.find((p) => p.id === id)?.actor.name)
    .filter((n): n is string => n !== undefined)
    .map(isolate)
    .join(', ');

/**
 * Who reads a channel, in plain words, from the audience the server reports: the reader should
 * never have to guess whether "Mediators" also reaches the sponsors, or whether an observer listens.
 */
export function audienceWords(t: TFunction, round: RoundView, channel: ChannelView): string {
  const audience = channel.audienceParticipantIds;
  const mine = (id: string | null) => id !== null && round.viewer.participantIds.includes(id);
  const team = audience.filter(
    (id) =>
      round.participants.find((p) => p.id === id)?.inMediatorTeam &&
      id !== channel.ownerParticipantId,
  );
  switch (channel.kind) {
    case 'caucus':
      return mine(channel.ownerParticipantId)
        ? t('talks.readBy.ownDelegation')
        : t('talks.readBy.delegation', { name: namesOf(round, audience) });
    case 'line':
      return t(mine(channel.ownerParticipantId) ? 'talks.readBy.ownLine' : 'talks.readBy.line', {
        party: namesOf(round, channel.ownerParticipantId ? [channel.ownerParticipantId] : []),
        team: namesOf(round, team),
      });
    case 'mediators':
      return t('talks.readBy.team', { team: namesOf(round, audience) });
    case 'plenary': {
      const observers = round.participants.some(
        (p) => p.capacity === 'observer' && audience.includes(p.id),
      );
      return observers ? t('talks.readBy.plenaryObservers') : t('talks.readBy.plenary');
    }
    default:
      return t('talks.readBy.listed', { names: namesOf(round, audience) });
  }
}
