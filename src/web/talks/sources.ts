import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MessagesData } from './api.ts';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { channelsKey } from './api.ts';
import { channelLabel } from './names.ts';
import type { SourceInfo } from './MessageItem.tsx';

/**
 * For mediators: where a relay's source message is, from the line messages already held.
 * (Only mediators ever receive a source id; for everyone else this returns null.)
 */
export function useSourceLookup(round: RoundView): (m: MessageView) => SourceInfo | null {
  const client = useQueryClient();
  const { t } = useTranslation();
  return (m) => {
    const sourceId = m.relay?.sourceMessageId;
    if (!sourceId) return null;
    const channels = client.getQueryData<ChannelView[]>(channelsKey(round.id)) ?? [];
    for (const [key, data] of client.getQueriesData<MessagesData>({ queryKey: ['messages'] })) {
      const found = data?.messages.find((x) => x.id === sourceId);
      const channel = channels.find((c) => c.id === key[1]);
      if (found && channel) return { seq: found.seq, line: channelLabel(t, round, channel) };
    }
    return null;
  };
}
