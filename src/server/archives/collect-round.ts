import type { ProcessView } from '../../core/platform/process-schemas.ts';
import type { RoundView } from '../../core/convening/schemas.ts';
import type { ChannelView, MessageView, PollView } from '../../core/talks/schemas.ts';
import type { ProposalView, TextView } from '../../core/texts/schemas.ts';
import type { Reader } from '../http/read-as-caller.ts';

interface CollectedChannel {
  channel: ChannelView;
  messages: MessageView[];
  polls: PollView[];
}

interface CollectedText {
  text: TextView;
  proposals: ProposalView[];
  languages: unknown;
  /** Each revision's canonical text, byte for byte as served (its SHA-256 is the revision's hash). */
  revisions: { number: number; canonical: Buffer }[];
}

export interface CollectedRound {
  process: ProcessView;
  round: RoundView;
  channels: CollectedChannel[];
  files: { id: string; filename: string; bytes: Buffer }[];
  texts: CollectedText[];
}

const PAGE = 500;

async function allMessages(read: Reader, channelId: string): Promise<MessageView[]> {
  const messages: MessageView[] = [];
  for (let after = 0; ;) {
    const page = await read.json<{ messages: MessageView[] }>(
      `/api/channels/${channelId}/messages?after=${after}&limit=${PAGE}`,
    );
    if (!page || page.messages.length === 0) return messages;
    messages.push(...page.messages);
    after = page.messages.at(-1)!.seq;
  }
}

async function collectChannels(read: Reader, roundId: string) {
  const list = await read.json<{ channels: ChannelView[] }>(`/api/rounds/${roundId}/channels`);
  const channels: CollectedChannel[] = [];
  for (const channel of list?.channels ?? []) {
    const messages = await allMessages(read, channel.id);
    // Polls belong to a caucus; the API takes no poll question elsewhere.
    const polls =
      channel.kind === 'caucus'
        ? await read.json<{ polls: PollView[] }>(`/api/channels/${channel.id}/polls`)
        : undefined;
    channels.push({ channel, messages, polls: polls?.polls ?? [] });
  }
  return channels;
}

async function collectFiles(read: Reader, channels: readonly CollectedChannel[]) {
  const files: CollectedRound['files'] = [];
  for (const { messages } of channels)
    for (const a of messages.flatMap((m) => m.attachments)) {
      const res = await read.raw(`/api/attachments/${a.id}`);
      if (res.status === 200) files.push({ id: a.id, filename: a.filename, bytes: res.body });
    }
  return files;
}

async function collectText(read: Reader, id: string): Promise<CollectedText | undefined> {
  const text = await read.json<TextView>(`/api/texts/${id}`);
  if (!text) return undefined;
  const proposals = await read.json<{ proposals: ProposalView[] }>(`/api/texts/${id}/proposals`);
  const languages = await read.json<unknown>(`/api/texts/${id}/languages`);
  const revisions: CollectedText['revisions'] = [];
  for (const r of text.revisions) {
    const res = await read.raw(`/api/texts/${id}/revisions/${r.number}/canonical`);
    if (res.status === 200) revisions.push({ number: r.number, canonical: res.body });
  }
  return { text, proposals: proposals?.proposals ?? [], languages, revisions };
}

/** Everything of a round its reader may read, through the API; undefined if it may not read the round. */
export async function collectRound(
  read: Reader,
  roundId: string,
): Promise<CollectedRound | undefined> {
  const round = await read.json<RoundView>(`/api/rounds/${roundId}`);
  const process = round && (await read.json<ProcessView>(`/api/processes/${round.processId}`));
  if (!round || !process) return undefined;
  const channels = await collectChannels(read, roundId);
  const files = await collectFiles(read, channels);
  const list = await read.json<{ texts: { id: string }[] }>(`/api/rounds/${roundId}/texts`);
  const texts: CollectedText[] = [];
  for (const entry of list?.texts ?? []) {
    const text = await collectText(read, entry.id);
    if (text) texts.push(text);
  }
  return { process, round, channels, files, texts };
}
