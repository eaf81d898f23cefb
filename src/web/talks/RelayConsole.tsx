import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { messagesQuery } from './api.ts';
import type { ChannelView, MessageView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { awaitingRelay, excerpt, type LineMessages } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { Loading } from '../shared/components/Loading.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { MessageItem } from './MessageItem.tsx';
import { channelLabel } from './names.ts';
import { RelayComposer } from './RelayComposer.tsx';
import { useSourceLookup } from './sources.ts';

/** The mediators' view of every party line side by side, what awaits relay, and the relay composer. */
export function RelayConsole({ round, channels }: { round: RoundView; channels: ChannelView[] }) {
  const { t } = useTranslation();
  const { lines, results, data } = useRelayLines(channels);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const failed = results.find((r) => r.isError);

  return (
    <Stack component="section" aria-labelledby="relay-console" gap="md">
      <Title order={3} id="relay-console">
        {t('talks.relay.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('talks.relay.intro')}
      </Text>
      {failed && <ErrorAlert error={failed.error} />}
      {lines.length === 0 ? (
        <EmptyText>{t('talks.relay.noLines')}</EmptyText>
      ) : results.some((r) => r.isPending) ? (
        <Loading />
      ) : (
        <RelayWorkspace
          round={round}
          lines={data}
          sourceId={sourceId}
          onSourceChange={setSourceId}
        />
      )}
    </Stack>
  );
}

/** The party lines the mediators may relay between, with their messages. */
function useRelayLines(channels: ChannelView[]) {
  const lines = channels.filter((c) => c.kind === 'line' && c.canRelay);
  const results = useQueries({ queries: lines.map((l) => messagesQuery(l.id)) });
  const data: LineMessages[] = lines.map((channel, i) => ({
    channel,
    messages: results[i]?.data?.messages ?? [],
  }));
  return { lines, results, data };
}

interface WorkspaceProps {
  round: RoundView;
  lines: LineMessages[];
  sourceId: string | null;
  onSourceChange: (id: string | null) => void;
}

function RelayWorkspace({ round, lines, sourceId, onSourceChange }: WorkspaceProps) {
  const lookup = useSourceLookup(round);
  const cited = useMemo(
    () =>
      new Set(
        lines.flatMap((l) => l.messages.map((m) => m.relay?.sourceMessageId).filter(Boolean)),
      ),
    [lines],
  );
  return (
    <>
      <AwaitingRelay round={round} lines={lines} sourceId={sourceId} onPick={onSourceChange} />
      <Card withBorder>
        <RelayComposer
          round={round}
          lines={lines}
          sourceId={sourceId}
          onSourceChange={onSourceChange}
        />
      </Card>
      <SimpleGrid cols={{ base: 1, md: Math.min(lines.length, 3) }}>
        {lines.map(({ channel, messages }) => (
          <LineColumn
            key={channel.id}
            round={round}
            channel={channel}
            messages={messages}
            cited={cited}
            lookup={lookup}
          />
        ))}
      </SimpleGrid>
    </>
  );
}

interface AwaitingProps {
  round: RoundView;
  lines: LineMessages[];
  sourceId: string | null;
  onPick: (id: string) => void;
}

/** Party messages that may be relayed and are not yet, each with a button to pick it as source. */
function AwaitingRelay({ round, lines, sourceId, onPick }: AwaitingProps) {
  const { t } = useTranslation();
  const awaiting = awaitingRelay(lines);
  return (
    <Stack component="section" aria-labelledby="relay-awaiting" gap="xs">
      <Title order={4} id="relay-awaiting">
        {t('talks.relay.awaiting')}
      </Title>
      {awaiting.length === 0 ? (
        <EmptyText>{t('talks.relay.nothingAwaiting')}</EmptyText>
      ) : (
        <List listStyleType="none" p={0} spacing="xs">
          {awaiting.map(({ channel, message }) => (
            <List.Item key={message.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1 }}>
                  {t('talks.relay.candidate', {
                    line: isolate(channelLabel(t, round, channel)),
                    seq: message.seq,
                    excerpt: isolate(excerpt(message.body)),
                  })}
                </Text>
                <Button
                  size="compact-sm"
                  variant={sourceId === message.id ? 'filled' : 'light'}
                  aria-label={t('talks.relay.pickLabel', {
                    line: channelLabel(t, round, channel),
                    seq: message.seq,
                  })}
                  onClick={() => onPick(message.id)}
                >
                  {t('talks.relay.pick')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function LineColumn({
  round,
  channel,
  messages,
  cited,
  lookup,
}: {
  round: RoundView;
  channel: ChannelView;
  messages: MessageView[];
  cited: Set<string | null | undefined>;
  lookup: ReturnType<typeof useSourceLookup>;
}) {
  const { t } = useTranslation();
  const name = channelLabel(t, round, channel);
  const byId = new Map(messages.map((m) => [m.id, m]));
  const headingId = `relay-line-${channel.id}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group justify="space-between">
        <Title order={4} id={headingId}>
          <UserText>{name}</UserText>
        </Title>
        <Anchor
          component={Link}
          to={`?tab=talks&channel=${encodeURIComponent(channel.id)}`}
          size="sm"
        >
          {t('talks.relay.openLine')}
        </Anchor>
      </Group>
      {messages.length === 0 ? (
        <EmptyText>{t('talks.noMessages')}</EmptyText>
      ) : (
        <Stack
          gap="xs"
          mah={520}
          style={{ overflowY: 'auto' }}
          tabIndex={0}
          aria-labelledby={headingId}
        >
          {messages.map((m) => (
            <MessageItem
              key={m.id}
              round={round}
              message={m}
              byId={byId}
              source={lookup(m)}
              relayed={cited.has(m.id)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
