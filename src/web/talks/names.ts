import type { TFunction } from 'i18next';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { channelSubject } from './model.ts';

export function channelLabel(t: TFunction, round: RoundView, channel: ChannelView): string {
  if (channel.kind === 'mediators') return t('talks.kind.mediators');
  const subject = channelSubject(round, channel);
  if (subject === null) return t(`talks.kind.${channel.kind}`);
  return t(`talks.name.${channel.kind}`, { name: isolate(subject) });
}

/** The sender as the viewer may know them: a member's name within their own delegation, else the participant. */
export function senderLabel(
  t: TFunction,
  round: RoundView,
  message: Pick<MessageView, 'from'>,
): string {
  if (message.from.kind === 'mediators') return t('talks.fromMediators');
  const { participantId, userId } = message.from;
  const participant = round.participants.find((p) => p.id === participantId);
  if (!participant) return t('talks.unknownSender');
  const member = participant.delegation?.find((m) => m.userId === userId);
  return member
    ? t('talks.memberOf', {
        name: isolate(member.displayName),
        party: isolate(participant.actor.name),
      })
    : participant.actor.name;
}

export function memberName(round: RoundView, participantId: string | null, userId: string): string {
  const participant = round.participants.find((p) => p.id === participantId);
  return participant?.delegation?.find((m) => m.userId === userId)?.displayName ?? userId;
}
