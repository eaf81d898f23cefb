import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { dateLocale, formatDay, zoneLabel } from '../shared/lib/time.ts';
import { UserText } from '../shared/components/UserText.tsx';

export function RoundHeader({ round }: { round: RoundView }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/processes/${round.processId}`} size="sm">
        <UserText>{round.processTitle}</UserText>
      </Anchor>
      <Title order={1}>
        <UserText>{round.title}</UserText>
      </Title>
      <Group gap="lg">
        <Text>{t('round.venue', { venue: isolate(round.venue) })}</Text>
        <Text>
          {t('round.dates', {
            start: formatDay(round.startsOn, locale),
            end: formatDay(round.endsOn, locale),
          })}
        </Text>
        <Text>
          {t('round.timeZone', {
            zone: `${round.timeZone} (${zoneLabel(round.timeZone, locale, `${round.startsOn}T12:00:00Z`)})`,
          })}
        </Text>
      </Group>
    </Stack>
  );
}
