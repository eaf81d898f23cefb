import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { errorMessage } from '../lib/errors.ts';

/** A translated error; for validation problems the server's detail (English) follows, since it names the field. */
export function ErrorAlert({ error }: { error: unknown }) {
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
    </Alert>
  );
}
