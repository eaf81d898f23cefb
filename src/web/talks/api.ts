import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RelayPermission } from '../../core/vocabulary.ts';
import { maxSeq, mergeMessages } from './model.ts';
import { ApiError, api, enc } from '../shared/api/client.ts';
import type {
  ChannelView,
  CreatePollInput,
  MessageView,
  PollView,
  PostMessageInput,
  RelayInput,
} from '../shared/api/types.ts';

export const channelsKey = (roundId: string) => ['channels', roundId] as const;
export const messagesKey = (channelId: string) => ['messages', channelId] as const;
export const pollsKey = (channelId: string) => ['polls', channelId] as const;

export interface MessagesData {
  messages: MessageView[];
  lastSeq: number;
}

export function useChannels(roundId: string) {
  return useQuery({
    queryKey: channelsKey(roundId),
    queryFn: async () =>
      (await api.get<{ channels: ChannelView[] }>(`/api/rounds/${enc(roundId)}/channels`)).channels,
  });
}

const PAGE = 500;

/** Every message of a channel, page by page. */
async function fetchMessages(channelId: string): Promise<MessagesData> {
  let all: MessageView[] = [];
  let after = 0;
  for (;;) {
    const page = await api.get<MessagesData>(
      `/api/channels/${enc(channelId)}/messages?after=${after}&limit=${PAGE}`,
    );
    all = mergeMessages(all, page.messages);
    const last = page.messages.at(-1);
    if (page.messages.length < PAGE || last === undefined) {
      return { messages: all, lastSeq: Math.max(page.lastSeq, maxSeq(all)) };
    }
    after = last.seq;
  }
}

export const messagesQuery = (channelId: string) => ({
  queryKey: messagesKey(channelId),
  queryFn: () => fetchMessages(channelId),
});

export function useMessages(channelId: string) {
  return useQuery(messagesQuery(channelId));
}

/** Adds messages to a channel's cache (deduplicated by seq), whether they came by HTTP or live. */
export function addMessages(client: QueryClient, channelId: string, incoming: MessageView[]) {
  client.setQueryData<MessagesData>(messagesKey(channelId), (old) =>
    old === undefined
      ? old
      : {
          messages: mergeMessages(old.messages, incoming),
          lastSeq: Math.max(old.lastSeq, ...incoming.map((m) => m.seq)),
        },
  );
}

/** Network failures and server errors may be retried; a refusal (4xx) will not change. */
export const isRetryable = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

export function usePostMessage(channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PostMessageInput) =>
      api.post<MessageView>(`/api/channels/${enc(channelId)}/messages`, input),
    // The same idempotency key goes with every attempt, so a retry never makes a second message.
    retry: (count, error) => count < 2 && isRetryable(error),
    onSuccess: (message) => addMessages(client, channelId, [message]),
  });
}

/** Narrows what the mediators may pass on of one's own message; the answer replaces it in the cache. */
export function useNarrowRelayPermission(channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      messageId,
      relayPermission,
    }: {
      messageId: string;
      relayPermission: RelayPermission;
    }) =>
      api.put<MessageView>(`/api/messages/${enc(messageId)}/relay-permission`, { relayPermission }),
    onSuccess: (message) => addMessages(client, channelId, [message]),
  });
}

export function useRelay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, body }: { targetId: string; body: RelayInput }) =>
      api.post<MessageView>(`/api/channels/${enc(targetId)}/relays`, body),
    retry: (count, error) => count < 2 && isRetryable(error),
    onSuccess: (message, { targetId }) => addMessages(client, targetId, [message]),
  });
}

export function useMarkRead(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ channelId, seq }: { channelId: string; seq: number }) =>
      api.put<{ ok: true }>(`/api/channels/${enc(channelId)}/read`, { seq }),
    onMutate: ({ channelId, seq }) => {
      client.setQueryData<ChannelView[]>(channelsKey(roundId), (old) =>
        old?.map((c) =>
          c.id === channelId ? { ...c, unread: Math.max(0, Math.max(c.lastSeq, seq) - seq) } : c,
        ),
      );
    },
  });
}

export function usePolls(channelId: string) {
  return useQuery({
    queryKey: pollsKey(channelId),
    queryFn: async () =>
      (await api.get<{ polls: PollView[] }>(`/api/channels/${enc(channelId)}/polls`)).polls,
  });
}

function replacePoll(client: QueryClient, poll: PollView) {
  client.setQueryData<PollView[]>(pollsKey(poll.channelId), (old) =>
    old === undefined
      ? [poll]
      : old.some((p) => p.id === poll.id)
        ? old.map((p) => (p.id === poll.id ? poll : p))
        : [...old, poll],
  );
}

export function useCreatePoll(channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePollInput) =>
      api.post<PollView>(`/api/channels/${enc(channelId)}/polls`, input),
    onSuccess: (poll) => replacePoll(client, poll),
  });
}

export function useVote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pollId, option }: { pollId: string; option: number }) =>
      api.post<PollView>(`/api/polls/${enc(pollId)}/votes`, { option }),
    onSuccess: (poll) => replacePoll(client, poll),
  });
}

export type UploadedFile = MessageView['attachments'][number];

/** Uploads one file for the next message in this channel. */
export const uploadAttachment = (channelId: string, file: File) =>
  api.upload<UploadedFile>(
    `/api/channels/${enc(channelId)}/attachments?filename=${enc(file.name)}`,
    file,
  );
