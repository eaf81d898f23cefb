import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isStale } from './api.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';

/** A refused change; a stale revision gets its own message (the text has been refetched). */
export function MutationError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isStale(error)) return <ErrorAlert error={error} />;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('errors.title')}>
      <Text size="sm">{t('texts.stale')}</Text>
    </Alert>
  );
}
