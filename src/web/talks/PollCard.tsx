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
  const { t } = useTranslation();
  const headingId = `poll-${poll.id}`;
  const open = poll.status === 'open';
  // A vote may change while the poll is open; the server keeps the last one.
  const [changing, setChanging] = useState(false);
  const balloting = open && channel.canPost && (poll.myVote === null || changing);

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
        <PollProgress round={round} poll={poll} />
        {poll.myVote !== null && !changing && (
          <Group gap="xs">
            <Text size="sm">
              {t('polls.myVote', { option: isolate(poll.options[poll.myVote] ?? '') })}
            </Text>
            {open && channel.canPost && (
              <Button size="compact-xs" variant="subtle" onClick={() => setChanging(true)}>
                {t('polls.changeVote')}
              </Button>
            )}
          </Group>
        )}
        {balloting && (
          <PollBallot
            poll={poll}
            onVoted={() => setChanging(false)}
            onCancel={changing ? () => setChanging(false) : undefined}
          />
        )}
        {poll.outcome && (
          <PollResult round={round} channel={channel} poll={poll} outcome={poll.outcome} />
        )}
      </Stack>
    </Paper>
  );
}

/** How many have voted, and when the poll closes. */
function PollProgress({ round, poll }: Pick<Props, 'round' | 'poll'>) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <>
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
    </>
  );
}

interface BallotProps {
  poll: PollView;
  onVoted: () => void;
  /** Offered when changing an earlier vote. */
  onCancel?: (() => void) | undefined;
}

/** The viewer's vote while the poll is open: a first one, or a change of the earlier one. */
function PollBallot({ poll, onVoted, onCancel }: BallotProps) {
  const { t } = useTranslation();
  const vote = useVote();
  const [choice, setChoice] = useState<string | null>(
    poll.myVote === null ? null : String(poll.myVote),
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (choice !== null)
          vote.mutate({ pollId: poll.id, option: Number(choice) }, { onSuccess: onVoted });
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
          {onCancel && (
            <Button size="compact-md" variant="subtle" ms="xs" onClick={onCancel}>
              {t('polls.keepVote')}
            </Button>
          )}
        </div>
      </Stack>
    </form>
  );
}

/** The outcome of a closed poll: the winner, the votes per option and, if open, the ballots. */
function PollResult({ round, channel, poll, outcome }: Props & { outcome: number[] }) {
  const { t } = useTranslation();
  const best = winner(outcome);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {best === null
          ? t('polls.tie')
          : t('polls.result', { option: isolate(poll.options[best] ?? '') })}
      </Text>
      <List size="sm" aria-label={t('polls.outcome')}>
        {poll.options.map((o, i) => (
          <List.Item key={i}>
            <UserText>{o}</UserText>: {t('polls.votes', { count: outcome[i] ?? 0 })}
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
  );
}
