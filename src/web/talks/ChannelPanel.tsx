import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../platform/index.ts';
import { useMarkRead, useMessages, useNarrowRelayPermission } from './api.ts';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { isOwnLine, isPartyWords, maxSeq } from './model.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { ChannelClosedNotice } from './ChannelClosedNotice.tsx';
import { Composer, type ComposerContext } from './Composer.tsx';
import { EmptyLog, MessageLog, type MessageActions } from './MessageLog.tsx';
import { audienceWords } from './audience.ts';
import { firstUnreadSeq } from './thread.ts';
import { channelLabel } from './names.ts';
import { PollsPanel } from './PollsPanel.tsx';

interface Props {
  round: RoundView;
  channelId: string;
  /** Undefined when the channel is not among the viewer's (the server then refuses its messages). */
  channel: ChannelView | undefined;
}

export function ChannelPanel({ round, channelId, channel }: Props) {
  const messages = useMessages(channelId);
  const me = useMe();
  const [context, setContext] = useState<ComposerContext>(null);
  const [composerKey, setComposerKey] = useState(0);
  // Where the unread messages began when the channel was opened; reading them does not move it.
  const [firstUnread] = useState(() =>
    channel ? firstUnreadSeq(channel.lastSeq, channel.unread) : null,
  );
  const headingId = `channel-${channelId}`;
  const ownLine = channel ? isOwnLine(round, channel) : false;
  const narrow = useNarrowRelayPermission(channelId);
  const actionsFor = useMessageActions({
    round,
    channel,
    ownLine,
    narrow,
    onReply: (m) => setContext({ mode: 'reply', message: m }),
    onCorrect: (m) => {
      setContext({ mode: 'correct', message: m });
      setComposerKey((k) => k + 1);
    },
  });
  useMarkReadOnArrival(round.id, channelId, channel, messages.data?.messages);

  return (
    <Stack
      component="section"
      aria-labelledby={headingId}
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-height, 60px) - 2rem)"
      mih={420}
    >
      <ChannelHeader round={round} channel={channel} headingId={headingId} ownLine={ownLine} />
      {channel?.kind === 'caucus' && <PollsPanel round={round} channel={channel} />}
      <QueryView query={messages}>
        {(data) =>
          data.messages.length === 0 ? (
            <EmptyLog />
          ) : (
            <MessageLog
              round={round}
              messages={data.messages}
              actionsFor={actionsFor}
              firstUnread={firstUnread}
              myUserId={me.data?.user.id}
            />
          )
        }
      </QueryView>
      {narrow.isError && <ErrorAlert error={narrow.error} />}
      {channel?.closure && <ChannelClosedNotice round={round} closure={channel.closure} />}
      {channel?.canPost && messages.isSuccess && (
        <Composer
          key={composerKey}
          channel={channel}
          ownLine={ownLine}
          context={context}
          onClearContext={() => setContext(null)}
          initialBody={context?.mode === 'correct' ? context.message.body : ''}
        />
      )}
    </Stack>
  );
}

interface HeaderProps {
  round: RoundView;
  channel: ChannelView | undefined;
  headingId: string;
  ownLine: boolean;
}

/** The channel's name and, always in view, who reads it. */
function ChannelHeader({ round, channel, headingId, ownLine }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={{ flexShrink: 0 }}>
      <Title order={3} id={headingId} size="h4">
        {channel ? <UserText>{channelLabel(t, round, channel)}</UserText> : t('talks.channel')}
      </Title>
      {channel && (
        <Text size="sm" c="dimmed" dir="auto">
          {audienceWords(t, round, channel)}
        </Text>
      )}
      {channel?.kind === 'line' && (
        <Text size="xs" c="dimmed">
          {ownLine ? t('talks.lineIntro.party') : t('talks.lineIntro.mediators')}
        </Text>
      )}
    </Stack>
  );
}

/** Tells the server how far the viewer has read, once per newer message. */
function useMarkReadOnArrival(
  roundId: string,
  channelId: string,
  channel: ChannelView | undefined,
  list: MessageView[] | undefined,
) {
  const markRead = useMarkRead(roundId);
  const latest = list ? maxSeq(list) : 0;
  const marked = useRef(0);
  useEffect(() => {
    if (!channel || latest === 0 || latest <= marked.current) return;
    marked.current = latest;
    markRead.mutate({ channelId, seq: latest });
    // markRead is stable enough; only a newer message should mark again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, channelId, latest]);
}

interface ActionsInput {
  round: RoundView;
  channel: ChannelView | undefined;
  ownLine: boolean;
  narrow: ReturnType<typeof useNarrowRelayPermission>;
  onReply: (m: MessageView) => void;
  onCorrect: (m: MessageView) => void;
}

/** What the viewer may do with each message: reply, correct its own, narrow its relay permission. */
function useMessageActions({ round, channel, ownLine, narrow, onReply, onCorrect }: ActionsInput) {
  const me = useMe();
  const myId = me.data?.user.id;
  const headOfLine =
    channel?.ownerParticipantId != null && round.viewer.headOf.includes(channel.ownerParticipantId);
  return (m: MessageView): MessageActions => {
    const mine = m.from.kind === 'participant' && m.from.userId === myId;
    return {
      onReply: channel?.canPost ? onReply : undefined,
      onCorrect: channel?.canPost && mine ? onCorrect : undefined,
      narrowing:
        ownLine && channel && isPartyWords(channel, m) && (mine || headOfLine)
          ? {
              pending: narrow.isPending && narrow.variables?.messageId === m.id,
              onNarrow: (x, to) => narrow.mutate({ messageId: x.id, relayPermission: to }),
            }
          : undefined,
    };
  };
}
