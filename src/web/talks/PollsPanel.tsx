import { Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePolls } from './api.ts';
import type { ChannelView, RoundView } from '../shared/api/types.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { CreatePollForm } from './CreatePollForm.tsx';
import { PollCard } from './PollCard.tsx';

/**
 * A delegation's internal decisions, in its caucus: one line above the messages that says how many
 * wait for the reader's vote, opened when some do, so the conversation keeps the room.
 */
export function PollsPanel({ round, channel }: { round: RoundView; channel: ChannelView }) {
  const { t } = useTranslation();
  const polls = usePolls(channel.id);
  const [creating, setCreating] = useState(false);
  const waiting = (polls.data ?? []).filter((p) => p.status === 'open' && p.myVote === null).length;
  const [opened, setOpened] = useState<boolean | null>(null);
  // Opened by itself when a vote is awaited, and then left open: voting must not hide the result.
  useEffect(() => {
    if (waiting > 0) setOpened((o) => o ?? true);
  }, [waiting]);
  const isOpen = (opened ?? false) || creating;
  const headingId = `polls-${channel.id}`;
  const bodyId = `${headingId}-body`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      px="sm"
      py={6}
      style={{ flexShrink: 0 }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm" id={headingId} component="h4" m={0}>
          {t('polls.title')}
          {polls.data && (
            <Text
              span
              size="sm"
              c={waiting > 0 ? 'orange.8' : 'dimmed'}
              fw={waiting > 0 ? 600 : 400}
            >
              {' · '}
              {waiting > 0
                ? t('polls.waiting', { count: waiting })
                : t('polls.count', { count: polls.data.length })}
            </Text>
          )}
        </Text>
        <Group gap={4} wrap="nowrap">
          {channel.canPost && !creating && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => (setCreating(true), setOpened(true))}
            >
              {t('polls.new')}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? bodyId : undefined}
            onClick={() => setOpened(!isOpen)}
          >
            {isOpen ? t('polls.hide') : t('polls.show')}
          </Button>
        </Group>
      </Group>
      {isOpen && (
        <ScrollArea.Autosize id={bodyId} mah="40vh" offsetScrollbars mt="xs">
          <Stack gap="sm" pb={4}>
            {creating && (
              <CreatePollForm
                round={round}
                channelId={channel.id}
                onDone={() => setCreating(false)}
              />
            )}
            <QueryView query={polls}>
              {(list) =>
                list.length === 0 ? (
                  creating ? null : (
                    <EmptyText>{t('polls.empty')}</EmptyText>
                  )
                ) : (
                  <Stack gap="sm">
                    {[...list].reverse().map((p) => (
                      <PollCard key={p.id} round={round} channel={channel} poll={p} />
                    ))}
                  </Stack>
                )
              }
            </QueryView>
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
