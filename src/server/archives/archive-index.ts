import type { ArchiveIndex } from '../../core/archives/index.ts';
import type { CollectedRound } from './collect-round.ts';

/** The ids of everything the holder read: what its archive's record events may be about. */
export function indexOf(collected: CollectedRound, holderParticipantId: string): ArchiveIndex {
  const { round, channels, texts } = collected;
  const seat = round.participants.find((p) => p.id === holderParticipantId);
  const messages = channels.flatMap((c) => c.messages);
  return {
    processId: collected.process.id,
    roundId: round.id,
    holderParticipantId,
    inMediatorTeam: seat?.inMediatorTeam ?? false,
    invitationIds: new Set(
      round.invitations.filter((i) => i.actor.id === seat?.actor.id).map((i) => i.id),
    ),
    sessionIds: new Set(round.sessions.map((s) => s.id)),
    agendaItemIds: new Set(round.agenda.map((a) => a.id)),
    channelIds: new Set(channels.map((c) => c.channel.id)),
    messageIds: new Set(messages.map((m) => m.id)),
    attachmentIds: new Set(collected.files.map((f) => f.id)),
    polls: new Map(channels.flatMap((c) => c.polls.map((p) => [p.id, { secret: p.secret }]))),
    textIds: new Set(texts.map((t) => t.text.id)),
    proposals: new Map(
      texts.flatMap((t) => t.proposals.map((p) => [p.id, { attributed: p.proposerId !== null }])),
    ),
  };
}
