import { Badge, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChannelView, RoundView } from '../shared/api/types.ts';
import { groupByKind } from './model.ts';
import { UserText } from '../shared/components/UserText.tsx';
import { channelLabel } from './names.ts';

interface Props {
  round: RoundView;
  channels: ChannelView[];
  selectedId: string | null;
  relayOpen: boolean;
}

export function ChannelNav({ round, channels, selectedId, relayOpen }: Props) {
  const { t } = useTranslation();
  const mayRelay = channels.some((c) => c.canRelay);
  return (
    <Stack component="nav" aria-label={t('talks.channels')} gap="sm">
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
          <Text component="h3" size="xs" fw={700} tt="uppercase" c="dimmed">
            {t(`talks.group.${group.kind}`)}
          </Text>
          {group.channels.map((c) => {
            const active = !relayOpen && c.id === selectedId;
            return (
              <NavLink
                key={c.id}
                component={Link}
                to={`?tab=talks&channel=${encodeURIComponent(c.id)}`}
                active={active}
                variant="filled"
                aria-current={active ? 'page' : undefined}
                label={<UserText>{channelLabel(t, round, c)}</UserText>}
                description={c.closure ? t('talks.closed.badge') : undefined}
                rightSection={
                  c.unread > 0 ? (
                    <Badge size="sm" color="red" variant="filled" circle={c.unread < 10}>
                      <span aria-hidden="true">{c.unread}</span>
                      <VisuallyHidden>{t('talks.unread', { n: c.unread })}</VisuallyHidden>
                    </Badge>
                  ) : null
                }
              />
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
