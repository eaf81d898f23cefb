import type { TFunction } from 'i18next';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { needsAnything, useAttention, type RoundAttention } from '../shared/api/attention.ts';
import { UserText } from '../shared/components/UserText.tsx';

/** One line per kind of thing waiting, each a link to the tab where it is done. */
function lines(t: TFunction, r: RoundAttention) {
  const round = `/rounds/${encodeURIComponent(r.roundId)}`;
  const all: { count: number; text: string; to: string }[] = [
    { count: r.unread, text: t('attention.unread', { count: r.unread }), to: `${round}?tab=talks` },
    {
      count: r.pollsAwaitingVote,
      text: t('attention.polls', { count: r.pollsAwaitingVote }),
      to: `${round}?tab=talks`,
    },
    {
      count: r.proposalsAwaitingPenholder,
      text: t('attention.proposals', { count: r.proposalsAwaitingPenholder }),
      to: `${round}?tab=texts`,
    },
    {
      count: r.signaturesAwaited,
      text: t('attention.signatures', { count: r.signaturesAwaited }),
      to: `${round}?tab=texts`,
    },
    {
      count: r.invitationsToAnswer,
      text: t('attention.invitations', { count: r.invitationsToAnswer }),
      to: `${round}?tab=invitations`,
    },
  ];
  return all.filter((l) => l.count > 0);
}

/** What waits for the user, round by round; only a process's rounds when given one. */
export function AttentionList({ processId }: { processId?: string }) {
  const { t } = useTranslation();
  const attention = useAttention();
  if (!attention.data) return null;
  const rounds = attention.data.rounds.filter(
    (r) => (processId === undefined || r.processId === processId) && needsAnything(r),
  );
  return (
    <Card withBorder component="section" aria-labelledby="attention-title" padding="md">
      <Title order={2} size="h4" id="attention-title" mb="xs">
        {t('attention.title')}
      </Title>
      {rounds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attention.nothing')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {rounds.map((r) => (
            <li key={r.roundId}>
              <Text fw={600} size="sm">
                <UserText>
                  {processId === undefined ? `${r.processTitle} — ${r.roundTitle}` : r.roundTitle}
                </UserText>
              </Text>
              <Group gap="md" wrap="wrap">
                {lines(t, r).map((l) => (
                  <Anchor key={l.text} component={Link} to={l.to} size="sm">
                    {l.text}
                  </Anchor>
                ))}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
