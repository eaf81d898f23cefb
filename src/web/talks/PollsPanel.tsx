import { Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePolls } from './api.ts';
import type { ChannelView, RoundView } from '../shared/api/types.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { CreatePollForm } from './CreatePollForm.tsx';
import { PollCard } from './PollCard.tsx';

/** A delegation's internal decisions, in its caucus. */
export function PollsPanel({ round, channel }: { round: RoundView; channel: ChannelView }) {
  const { t } = useTranslation();
  const polls = usePolls(channel.id);
  const [creating, setCreating] = useState(false);
  const headingId = `polls-${channel.id}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={4} id={headingId}>
        {t('polls.title')}
      </Title>
      <QueryView query={polls}>
        {(list) =>
          list.length === 0 ? (
            <EmptyText>{t('polls.empty')}</EmptyText>
          ) : (
            <Stack gap="sm">
              {[...list].reverse().map((p) => (
                <PollCard key={p.id} round={round} channel={channel} poll={p} />
              ))}
            </Stack>
          )
        }
      </QueryView>
      {channel.canPost &&
        (creating ? (
          <CreatePollForm round={round} channelId={channel.id} onDone={() => setCreating(false)} />
        ) : (
          <div>
            <Button variant="light" onClick={() => setCreating(true)}>
              {t('polls.new')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}
