import { Card, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../platform/index.ts';
import { useMarkRead, useMessages, useNarrowRelayPermission } from './api.ts';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { isOwnLine, isPartyWords, maxSeq } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { ChannelClosedNotice } from './ChannelClosedNotice.tsx';
import { Composer, type ComposerContext } from './Composer.tsx';
import { MessageItem } from './MessageItem.tsx';
import { channelLabel } from './names.ts';
import { PollsPanel } from './PollsPanel.tsx';
import { useSourceLookup } from './sources.ts';

interface Props {
  round: RoundView;
  channelId: string;
  /** Undefined when the channel is not among the viewer's (the server then refuses its messages). */
  channel: ChannelView | undefined;
}

export function ChannelPanel({ round, channelId, channel }: Props) {
  const { t } = useTranslation();
  const messages = useMessages(channelId);
  const me = useMe();
  const markRead = useMarkRead(round.id);
  const [context, setContext] = useState<ComposerContext>(null);
  const [composerKey, setComposerKey] = useState(0);
  const lookup = useSourceLookup(round);
  const headingId = `channel-${channelId}`;
  const ownLine = channel ? isOwnLine(round, channel) : false;

  const list = messages.data?.messages;
  const latest = list ? maxSeq(list) : 0;
  const marked = useRef(0);
  useEffect(() => {
    if (!channel || latest === 0 || latest <= marked.current) return;
    marked.current = latest;
    markRead.mutate({ channelId, seq: latest });
    // markRead is stable enough; only a newer message should mark again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, channelId, latest]);

  const byId = useMemo(() => new Map((list ?? []).map((m) => [m.id, m])), [list]);
  const correctedBy = useMemo(() => {
    const map = new Map<string, MessageView>();
    for (const m of list ?? []) if (m.correctionOfId !== null) map.set(m.correctionOfId, m);
    return map;
  }, [list]);

  const myId = me.data?.user.id;
  const narrow = useNarrowRelayPermission(channelId);
  const headOfLine =
    channel?.ownerParticipantId != null && round.viewer.headOf.includes(channel.ownerParticipantId);
  const startCorrection = (m: MessageView) => {
    setContext({ mode: 'correct', message: m });
    setComposerKey((k) => k + 1);
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={3} id={headingId}>
        {channel ? <UserText>{channelLabel(t, round, channel)}</UserText> : t('talks.channel')}
      </Title>
      {channel?.kind === 'line' && (
        <Text size="sm" c="dimmed">
          {ownLine ? t('talks.lineIntro.party') : t('talks.lineIntro.mediators')}
        </Text>
      )}
      <QueryView query={messages}>
        {(data) =>
          data.messages.length === 0 ? (
            <EmptyText>{t('talks.noMessages')}</EmptyText>
          ) : (
            <Stack gap="xs" role="log" aria-label={t('talks.messages')} aria-live="polite">
              {data.messages.map((m) => {
                const mine = m.from.kind === 'participant' && m.from.userId === myId;
                return (
                  <MessageItem
                    key={m.id}
                    round={round}
                    message={m}
                    byId={byId}
                    correctedBy={correctedBy.get(m.id)}
                    source={lookup(m)}
                    onReply={
                      channel?.canPost
                        ? (x) => setContext({ mode: 'reply', message: x })
                        : undefined
                    }
                    onCorrect={channel?.canPost && mine ? startCorrection : undefined}
                    narrowing={
                      ownLine && channel && isPartyWords(channel, m) && (mine || headOfLine)
                        ? {
                            pending: narrow.isPending && narrow.variables?.messageId === m.id,
                            onNarrow: (x, to) =>
                              narrow.mutate({ messageId: x.id, relayPermission: to }),
                          }
                        : undefined
                    }
                  />
                );
              })}
            </Stack>
          )
        }
      </QueryView>
      {narrow.isError && <ErrorAlert error={narrow.error} />}
      {channel?.kind === 'caucus' && <PollsPanel round={round} channel={channel} />}
      {channel?.closure && <ChannelClosedNotice round={round} closure={channel.closure} />}
      {channel?.canPost && messages.isSuccess && (
        <Card withBorder>
          <Composer
            key={composerKey}
            channel={channel}
            ownLine={ownLine}
            context={context}
            onClearContext={() => setContext(null)}
            initialBody={context?.mode === 'correct' ? context.message.body : ''}
          />
        </Card>
      )}
    </Stack>
  );
}
