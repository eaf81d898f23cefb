import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../shared/api/types.ts';
import { dateLocale, formatInstant } from '../../shared/lib/time.ts';

export function FormatHistory({ session, timeZone }: { session: SessionView; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(i18n.resolvedLanguage);
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('sessions.history')}
      </Text>
      <List size="sm" aria-label={t('sessions.history')}>
        {session.formatChanges.map((c, i) => (
          <List.Item key={`${c.at}-${i}`}>
            {t('sessions.historyLine', {
              from: t(`vocab.format.${c.from}`),
              to: t(`vocab.format.${c.to}`),
            })}
            :{' '}
            <Text span size="sm" dir="auto">
              {c.reason}
            </Text>{' '}
            ({t('sessions.historyWhen', { date: formatInstant(c.at, locale, timeZone) })})
          </List.Item>
        ))}
      </List>
    </div>
  );
}
