import type { RoundAttention } from '../../core/schemas/attention.ts';
import type { ProcessList, ProcessView } from '../../core/platform/process-schemas.ts';
import type { RoundView } from '../../core/convening/schemas.ts';
import type { ChannelView, PollView } from '../../core/talks/schemas.ts';
import type { ProposalView, TextView } from '../../core/texts/schemas.ts';
import type { Reader } from '../http/read-as-caller.ts';
import type { z } from 'zod';

type Processes = z.infer<typeof ProcessList>;

async function talksOf(read: Reader, roundId: string) {
  const list = await read.json<{ channels: ChannelView[] }>(`/api/rounds/${roundId}/channels`);
  const channels = list?.channels ?? [];
  let pollsAwaitingVote = 0;
  for (const c of channels.filter((x) => x.kind === 'caucus' && x.canPost)) {
    const polls = await read.json<{ polls: PollView[] }>(`/api/channels/${c.id}/polls`);
    pollsAwaitingVote += (polls?.polls ?? []).filter(
      (p) => p.status === 'open' && p.myVote === null,
    ).length;
  }
  const unreadChannels = channels
    .filter((c) => c.unread > 0)
    .map((c) => ({ channelId: c.id, kind: c.kind, unread: c.unread }));
  return {
    unread: unreadChannels.reduce((n, c) => n + c.unread, 0),
    unreadChannels,
    pollsAwaitingVote,
  };
}

async function textsOf(read: Reader, roundId: string) {
  const list = await read.json<{ texts: { id: string }[] }>(`/api/rounds/${roundId}/texts`);
  let proposalsAwaitingPenholder = 0;
  let signaturesAwaited = 0;
  for (const entry of list?.texts ?? []) {
    const text = await read.json<TextView>(`/api/texts/${entry.id}`);
    if (!text) continue;
    if (text.viewer.penholder) {
      const proposals = await read.json<{ proposals: ProposalView[] }>(
        `/api/texts/${entry.id}/proposals`,
      );
      proposalsAwaitingPenholder += (proposals?.proposals ?? []).filter(
        (p) => p.status === 'pending',
      ).length;
    }
    const adoption = text.adoption;
    if (adoption && adoption.adoptedAt === null) {
      const signed = new Set(adoption.signatures.map((s) => s.participantId));
      signaturesAwaited += text.viewer.signsFor.filter((id) => !signed.has(id)).length;
    }
  }
  return { proposalsAwaitingPenholder, signaturesAwaited };
}

const invitationsToAnswer = (round: RoundView) =>
  round.viewer.actions.includes('invitation.respond')
    ? round.invitations.filter((i) => i.status === 'pending').length
    : 0;

/**
 * What needs the caller across its rounds, read through the API as the caller: the counts can say
 * no more than the screens they point to would show.
 */
export async function summarizeAttention(read: Reader): Promise<RoundAttention[]> {
  const processes = (await read.json<Processes>('/api/processes'))?.processes ?? [];
  const rounds: RoundAttention[] = [];
  for (const process of processes as Pick<ProcessView, 'id' | 'title' | 'rounds'>[]) {
    for (const summary of process.rounds) {
      const round = await read.json<RoundView>(`/api/rounds/${summary.id}`);
      if (!round || round.viewer.publicFactsOnly) continue;
      rounds.push({
        roundId: round.id,
        roundTitle: round.title,
        processId: process.id,
        processTitle: process.title,
        ...(await talksOf(read, round.id)),
        ...(await textsOf(read, round.id)),
        invitationsToAnswer: invitationsToAnswer(round),
      });
    }
  }
  return rounds;
}
