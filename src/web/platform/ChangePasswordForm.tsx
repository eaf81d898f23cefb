import { Alert, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api/client.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { FormCard } from '../shared/components/FormCard.tsx';
import { longEnough, NewPasswordInput } from '../shared/components/NewPasswordInput.tsx';
import { requiredProblem } from '../shared/lib/validation.ts';
import { useChangePassword } from './auth-api.ts';

/** Here a wrong password can only be the current one: say so, rather than "email or password". */
function PasswordError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'invalid_credentials') {
    return (
      <Alert color="red" variant="light" role="alert" title={t('errors.title')}>
        <Text size="sm">{t('account.password.wrongCurrent')}</Text>
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  return (
    <FormCard
      title={t('account.password.title')}
      order={2}
      region
      maw={560}
      initial={() => ({ current: '', next: '', repeat: '' })}
      submitLabel={t('account.password.submit')}
      validate={({ current, next, repeat }) => ({
        current: requiredProblem(t, current),
        next: longEnough(next) ? null : t('common.passwordTooShort'),
        repeat: repeat === next ? null : t('account.password.mismatch'),
      })}
      onSubmit={({ current, next }) =>
        change.mutateAsync({ currentPassword: current, newPassword: next })
      }
      reset={['current', 'next', 'repeat']}
      success={({ endedSignIns }) =>
        endedSignIns > 0 ? t('account.password.doneElsewhere') : t('account.password.done')
      }
      ErrorView={PasswordError}
    >
      {({ bind, set, values, errors }) => (
        <>
          <TextInput
            label={t('account.password.current')}
            type="password"
            autoComplete="current-password"
            required
            dir="ltr"
            error={errors.current}
            {...bind('current')}
          />
          <NewPasswordInput
            label={t('account.password.new')}
            value={values.next}
            onChange={(v) => set('next', v)}
            touched={Boolean(errors.next)}
          />
          <TextInput
            label={t('account.password.repeat')}
            type="password"
            autoComplete="new-password"
            required
            dir="ltr"
            error={errors.repeat}
            {...bind('repeat')}
          />
        </>
      )}
    </FormCard>
  );
}
