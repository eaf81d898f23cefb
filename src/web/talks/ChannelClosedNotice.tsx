import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelView, RoundView } from '../shared/api/types.ts';
import { dateLocale, formatInstant } from '../shared/lib/time.ts';

/** Why a channel takes no more messages: shown where the composer would be. */
export function ChannelClosedNotice({
  round,
  closure,
}: {
  round: RoundView;
  closure: NonNullable<ChannelView['closure']>;
}) {
  const { t, i18n } = useTranslation();
  const date = formatInstant(closure.at, dateLocale(i18n.resolvedLanguage), round.timeZone);
  return (
    <Alert variant="light" color="gray" title={t('talks.closed.badge')} role="status">
      {closure.reason === 'format_changed'
        ? t('talks.closed.format_changed', { date, format: t(`talks.closed.to.${closure.to}`) })
        : t('talks.closed.session_ended', { date })}
    </Alert>
  );
}
