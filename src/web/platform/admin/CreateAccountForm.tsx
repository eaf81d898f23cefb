import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActors, useCreateAccount } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';

export function CreateAccountForm() {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const actors = useActors();
  return (
    <FormCard
      title={t('admin.createAccount.title')}
      initial={() => ({ email: '', displayName: '', password: '', isOperator: false, actorId: '' })}
      submitLabel={t('admin.createAccount.submit')}
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
      {({ values, set, bind }) => (
        <>
          <TextInput
            label={t('admin.createAccount.email')}
            type="email"
            required
            dir="ltr"
            {...bind('email')}
          />
          <TextInput
            label={t('admin.createAccount.displayName')}
            required
            dir="auto"
            {...bind('displayName')}
          />
          <TextInput
            label={t('admin.createAccount.password')}
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            dir="ltr"
            {...bind('password')}
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
