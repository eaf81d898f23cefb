import { Badge, Button, Group, List, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVote } from './api.ts';
import type { ChannelView, PollView, RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { dateLocale, formatInstant } from '../shared/lib/time.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { memberName } from './names.ts';

interface Props {
  round: RoundView;
  channel: ChannelView;
  poll: PollView;
}

/** The winning option, or null on a tie or with no votes. */
function winner(outcome: number[]): number | null {
  const top = Math.max(...outcome);
  if (top === 0 || outcome.filter((n) => n === top).length > 1) return null;
  return outcome.indexOf(top);
}

export function PollCard({ round, channel, poll }: Props) {
  const { t, i18n } = useTranslation();
  const vote = useVote();
  const [choice, setChoice] = useState<string | null>(null);
  const headingId = `poll-${poll.id}`;
  const locale = dateLocale(i18n.resolvedLanguage);
  const open = poll.status === 'open';
  const best = poll.outcome ? winner(poll.outcome) : null;

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600} id={headingId}>
            <UserText>{poll.question}</UserText>
          </Text>
          <Badge color={open ? 'blue' : 'gray'} variant="filled">
            {t(`polls.status.${poll.status}`)}
          </Badge>
          <Badge color="gray" variant="outline">
            {poll.secret ? t('polls.secret') : t('polls.openBallot')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('polls.progress', { voted: poll.voted, electorate: poll.electorate })}
        </Text>
        <Text size="sm" c="dimmed">
          {[
            poll.closesAt !== null &&
              t('polls.closesAt', { time: formatInstant(poll.closesAt, locale, round.timeZone) }),
            poll.closeWhenAllVoted && t('polls.closesWhenAll'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {poll.myVote !== null && (
          <Text size="sm">
            {t('polls.myVote', { option: isolate(poll.options[poll.myVote] ?? '') })}
          </Text>
        )}
        {open && poll.myVote === null && channel.canPost && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (choice !== null) vote.mutate({ pollId: poll.id, option: Number(choice) });
            }}
          >
            <Stack gap="xs">
              {vote.isError && <ErrorAlert error={vote.error} />}
              <Radio.Group label={t('polls.yourVote')} value={choice} onChange={setChoice}>
                <Stack gap={4} mt={4}>
                  {poll.options.map((o, i) => (
                    <Radio key={i} value={String(i)} label={<UserText>{o}</UserText>} />
                  ))}
                </Stack>
              </Radio.Group>
              <div>
                <Button
                  type="submit"
                  size="compact-md"
                  disabled={choice === null}
                  loading={vote.isPending}
                >
                  {t('polls.vote')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
        {poll.outcome && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {best === null
                ? t('polls.tie')
                : t('polls.result', { option: isolate(poll.options[best] ?? '') })}
            </Text>
            <List size="sm" aria-label={t('polls.outcome')}>
              {poll.options.map((o, i) => (
                <List.Item key={i}>
                  <UserText>{o}</UserText>: {t('polls.votes', { n: poll.outcome?.[i] ?? 0 })}
                </List.Item>
              ))}
            </List>
            {poll.ballots && poll.ballots.length > 0 && (
              <List size="sm" aria-label={t('polls.ballots')}>
                {poll.ballots.map((b) => (
                  <List.Item key={b.userId}>
                    <UserText>{memberName(round, channel.ownerParticipantId, b.userId)}</UserText>:{' '}
                    <UserText>{poll.options[b.option]}</UserText>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
