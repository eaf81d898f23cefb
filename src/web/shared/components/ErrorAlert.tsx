import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { errorMessage } from '../lib/errors.ts';

/** What a second attempt could change: a lost connection or a server fault, not a refusal. */
const mayPassNextTime = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status >= 500 || error.status === 429;

/**
 * A translated error; for validation problems the server's detail (English) follows, since it names
 * the field. With `onRetry`, an error that another attempt could cure offers one.
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail =
    error instanceof ApiError &&
    (error.code === 'validation_failed' || error.code === 'invalid_transition')
      ? error.message
      : null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')}>
      <Text size="sm">{errorMessage(t, error)}</Text>
      {detail !== null && (
        <Text size="sm" lang="en" dir="auto">
          {detail}
        </Text>
      )}
      {onRetry && mayPassNextTime(error) && (
        <Button size="compact-sm" variant="light" color="red" mt="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
