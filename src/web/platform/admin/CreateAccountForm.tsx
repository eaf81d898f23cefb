import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActors, useCreateAccount } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';
import { longEnough, NewPasswordInput } from '../../shared/components/NewPasswordInput.tsx';
import { emailProblem, requiredProblem } from '../../shared/lib/validation.ts';

export function CreateAccountForm() {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const actors = useActors();
  return (
    <FormCard
      title={t('admin.createAccount.title')}
      initial={() => ({ email: '', displayName: '', password: '', isOperator: false, actorId: '' })}
      submitLabel={t('admin.createAccount.submit')}
      validate={({ email, displayName, password }) => ({
        email: emailProblem(t, email),
        displayName: requiredProblem(t, displayName),
        password: longEnough(password) ? null : t('common.passwordTooShort'),
      })}
      onSubmit={({ email, displayName, password, isOperator, actorId }) =>
        create.mutateAsync({
          email,
          displayName,
          password,
          isOperator,
          ...(actorId === '' ? {} : { actorId }),
        })
      }
      reset={['email', 'displayName', 'password', 'isOperator', 'actorId']}
      success={(account) => t('admin.createAccount.done', { email: account.email })}
    >
      {({ values, set, bind, errors }) => (
        <>
          <TextInput
            label={t('admin.createAccount.email')}
            type="email"
            required
            dir="ltr"
            error={errors.email}
            {...bind('email')}
          />
          <TextInput
            label={t('admin.createAccount.displayName')}
            required
            dir="auto"
            error={errors.displayName}
            {...bind('displayName')}
          />
          <NewPasswordInput
            label={t('admin.createAccount.password')}
            value={values.password}
            onChange={(v) => set('password', v)}
            touched={Boolean(errors.password)}
          />
          <NativeSelect
            label={t('admin.createAccount.actor')}
            {...bind('actorId')}
            data={[
              { value: '', label: t('admin.createAccount.noActor') },
              ...(actors.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <Checkbox
            label={t('admin.createAccount.isOperator')}
            checked={values.isOperator}
            onChange={(e) => set('isOperator', e.currentTarget.checked)}
          />
        </>
      )}
    </FormCard>
  );
}
