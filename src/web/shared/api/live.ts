import { listExcerpt } from '../../../core/talks/present.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { liveConnection, type LiveState } from '../lib/live.ts';
import { hasGapBefore } from '../../talks/model.ts';
import {
  addMessages,
  channelsKey,
  messagesKey,
  pollsKey,
  type MessagesData,
} from '../../talks/api.ts';
import { refreshText } from '../../texts/api.ts';
import type { ChannelView, MessageView } from './types.ts';

export function useLiveState(): LiveState {
  const live = liveConnection();
  return useSyncExternalStore(
    (listener) => live.onState(listener),
    () => live.state,
  );
}

/**
 * Follows every channel of a round the viewer may read, and folds what arrives into the query cache:
 * messages (deduplicated by seq), channel sequence numbers and unread counts, poll changes, revocations.
 */
export function useRoundLive(roundId: string, channels: ChannelView[] | undefined) {
  const client = useQueryClient();
  const ids = channels?.map((c) => c.id).join(',') ?? '';

  useEffect(() => {
    if (ids === '') return;
    const live = liveConnection();
    const inRound = new Set(ids.split(','));
    const stop = live.onFrame((frame) => {
      if (!('channelId' in frame) || frame.channelId === undefined) return;
      const channelId = frame.channelId;
      if (!inRound.has(channelId)) return;
      if (frame.type === 'message') {
        const held = client.getQueryData<MessagesData>(messagesKey(channelId));
        addMessages(client, channelId, [frame.message]);
        // Held messages older than the subscription may miss some in between: fetch them again.
        if (held && hasGapBefore(held.messages, frame.message.seq)) {
          void client.invalidateQueries({ queryKey: messagesKey(channelId) });
        }
        client.setQueryData<ChannelView[]>(channelsKey(roundId), (old) =>
          old?.map((c) =>
            c.id === channelId && frame.message.seq > c.lastSeq
              ? {
                  ...c,
                  lastSeq: frame.message.seq,
                  unread: c.unread + (frame.message.seq - c.lastSeq),
                  lastMessage: latestOf(frame.message),
                }
              : c,
          ),
        );
      } else if (frame.type === 'updated') {
        // A message already held changed (a narrowed permission, a relay of it): replace it.
        addMessages(client, channelId, [frame.message]);
      } else if (frame.type === 'poll') {
        void client.invalidateQueries({ queryKey: pollsKey(channelId) });
      } else if (frame.type === 'revoked') {
        void client.invalidateQueries({ queryKey: channelsKey(roundId) });
        client.removeQueries({ queryKey: messagesKey(channelId) });
      }
    });
    const current = client.getQueryData<ChannelView[]>(channelsKey(roundId)) ?? [];
    const unsubscribe = [...inRound].map((id) => {
      const held = client.getQueryData<MessagesData>(messagesKey(id));
      const listed = current.find((c) => c.id === id)?.lastSeq ?? 0;
      const from = Math.max(listed, held?.lastSeq ?? 0, live.lastSeq(id));
      return live.subscribe(id, from);
    });
    return () => {
      stop();
      for (const u of unsubscribe) u();
    };
  }, [client, roundId, ids]);
}

/**
 * Watches a negotiating text: whenever the server says something this viewer may read in it
 * changed, and after a reconnection (notices may have been missed), everything shown is refetched.
 */
export function useTextLive(textId: string, roundId: string) {
  const client = useQueryClient();
  useEffect(() => {
    const live = liveConnection();
    const refresh = () => {
      void refreshText(client, textId, roundId);
      void client.invalidateQueries({ queryKey: ['redline', textId] });
    };
    let previous = live.state;
    const stopState = live.onState(() => {
      if (live.state === 'connected' && previous === 'reconnecting') refresh();
      previous = live.state;
    });
    const stopFrames = live.onFrame((frame) => {
      if (frame.type === 'text' && frame.textId === textId) refresh();
    });
    const unwatch = live.watch(textId);
    return () => {
      unwatch();
      stopFrames();
      stopState();
    };
  }, [client, textId, roundId]);
}

/** The channel list's line for a message that just arrived (the server cuts it the same way). */
function latestOf(m: MessageView): ChannelView['lastMessage'] {
  return {
    seq: m.seq,
    type: m.type,
    createdAt: m.createdAt,
    from: m.from,
    excerpt: listExcerpt(m.body),
  };
}
