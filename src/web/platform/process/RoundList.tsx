import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RoundSummary } from '../../shared/api/types.ts';
import { dateLocale, formatDay } from '../../shared/lib/time.ts';
import { UserText } from '../../shared/components/UserText.tsx';

export function RoundList({ rounds }: { rounds: RoundSummary[] }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <List spacing={4}>
      {rounds.map((r) => (
        <List.Item key={r.id}>
          <Anchor component={Link} to={`/rounds/${r.id}`} fw={600}>
            <UserText>{r.title}</UserText>
          </Anchor>{' '}
          <Text span size="sm">
            — <UserText>{r.venue}</UserText>,{' '}
            {t('round.dates', {
              start: formatDay(r.startsOn, locale),
              end: formatDay(r.endsOn, locale),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
