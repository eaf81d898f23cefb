import { Badge, Box, Group, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { ChannelView, RoundView } from '../shared/api/types.ts';
import { groupByKind } from './model.ts';
import { UserText } from '../shared/components/UserText.tsx';
import { dateLocale } from '../shared/lib/time.ts';
import { channelLabel, senderLabel } from './names.ts';
import { dayOf } from './thread.ts';

interface Props {
  round: RoundView;
  channels: ChannelView[];
  selectedId: string | null;
  relayOpen: boolean;
}

const channelHref = (id: string) => `?tab=talks&channel=${encodeURIComponent(id)}`;

/** Today's messages say when; older ones which day, as messengers do. */
function whenLabel(iso: string, timeZone: string, locale: string, now: Date): string {
  const sameDay = dayOf(iso, timeZone) === dayOf(now.toISOString(), timeZone);
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short', timeZone } : { day: 'numeric', month: 'short', timeZone },
  ).format(new Date(iso));
}

/**
 * The viewer's channels like a messenger's chat list: grouped by kind, each with its latest message
 * and unread count. Alt+↑ and Alt+↓ move between channels from anywhere in the talks.
 */
export function ChannelNav({ round, channels, selectedId, relayOpen }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayRelay = channels.some((c) => c.canRelay);
  const ordered = groupByKind(channels).flatMap((g) => g.channels);
  const move = (step: number) => {
    const at = ordered.findIndex((c) => c.id === selectedId);
    const next = ordered[(at + step + ordered.length) % ordered.length];
    if (next) void navigate(channelHref(next.id));
  };
  return (
    <Stack
      component="nav"
      aria-label={t('talks.channels')}
      gap="sm"
      onKeyDown={(e) => {
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        move(e.key === 'ArrowUp' ? -1 : 1);
      }}
    >
      {mayRelay && (
        <NavLink
          component={Link}
          to="?tab=talks&view=relay"
          label={t('talks.relay.title')}
          active={relayOpen}
          aria-current={relayOpen ? 'page' : undefined}
          variant="filled"
        />
      )}
      {groupByKind(channels).map((group) => (
        <Stack key={group.kind} gap={2}>
          <Text component="h3" size="xs" fw={700} tt="uppercase" c="dimmed" px="sm">
            {t(`talks.group.${group.kind}`)}
          </Text>
          {group.channels.map((c) => (
            <ChannelEntry
              key={c.id}
              round={round}
              channel={c}
              active={!relayOpen && c.id === selectedId}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function ChannelEntry({
  round,
  channel: c,
  active,
}: {
  round: RoundView;
  channel: ChannelView;
  active: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  const last = c.lastMessage;
  const preview = last
    ? `${senderLabel(t, round, last)}: ${last.excerpt}`
    : c.closure
      ? t('talks.closed.badge')
      : t('talks.noMessagesShort');
  return (
    <NavLink
      component={Link}
      to={channelHref(c.id)}
      active={active}
      variant="light"
      aria-current={active ? 'page' : undefined}
      styles={{ label: { fontWeight: c.unread > 0 ? 700 : 500 } }}
      label={
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Box style={{ minWidth: 0 }}>
            <Text size="sm" fw="inherit" truncate>
              <UserText>{channelLabel(t, round, c)}</UserText>
            </Text>
          </Box>
          {last && (
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              <time dateTime={last.createdAt}>
                {whenLabel(last.createdAt, round.timeZone, locale, new Date())}
              </time>
            </Text>
          )}
        </Group>
      }
      description={
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="xs" c="dimmed" truncate dir="auto" style={{ minWidth: 0 }}>
            {c.closure && last ? `${t('talks.closed.badge')} · ` : ''}
            {preview}
          </Text>
          {c.unread > 0 && (
            <Badge
              size="sm"
              color="red"
              variant="filled"
              circle={c.unread < 10}
              style={{ flexShrink: 0 }}
            >
              <span aria-hidden="true">{c.unread}</span>
              <VisuallyHidden>{t('talks.unread', { n: c.unread })}</VisuallyHidden>
            </Badge>
          )}
        </Group>
      }
    />
  );
}
