import { Grid, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useRoundLive } from '../shared/api/live.ts';
import { useChannels } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { groupByKind } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { ChannelNav } from './ChannelNav.tsx';
import { ChannelPanel } from './ChannelPanel.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { RelayConsole } from './RelayConsole.tsx';

export function TalksSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const channels = useChannels(round.id);
  useRoundLive(round.id, channels.data);
  const [params] = useSearchParams();
  const relayOpen = params.get('view') === 'relay';

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>{t('round.tabs.talks')}</Title>
        <LiveStatus />
      </Group>
      <QueryView query={channels}>
        {(list) => {
          if (list.length === 0) return <EmptyText>{t('talks.noChannels')}</EmptyText>;
          // The open channel lives in the URL; by default the first one in the list.
          const selectedId = params.get('channel') ?? groupByKind(list)[0]?.channels[0]?.id ?? null;
          return (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 3 }}>
                <ChannelNav
                  round={round}
                  channels={list}
                  selectedId={selectedId}
                  relayOpen={relayOpen}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                {relayOpen ? (
                  <RelayConsole round={round} channels={list} />
                ) : selectedId === null ? (
                  <EmptyText>{t('talks.pickChannel')}</EmptyText>
                ) : (
                  <ChannelPanel
                    key={selectedId}
                    round={round}
                    channelId={selectedId}
                    channel={list.find((c) => c.id === selectedId)}
                  />
                )}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryView>
    </Stack>
  );
}
