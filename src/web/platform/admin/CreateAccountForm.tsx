import { Button, Checkbox, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActors, useCreateAccount } from '../process-api.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { Success } from '../../shared/components/Success.tsx';

export function CreateAccountForm() {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const actors = useActors();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [isOperator, setIsOperator] = useState(false);
  const [actorId, setActorId] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { email, displayName, password, isOperator, ...(actorId === '' ? {} : { actorId }) },
      {
        onSuccess: () => {
          setEmail('');
          setDisplayName('');
          setPassword('');
          setIsOperator(false);
          setActorId('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('admin.createAccount.title')}</Title>
        {create.isError && <ErrorAlert error={create.error} />}
        {create.isSuccess && (
          <Success>{t('admin.createAccount.done', { email: create.data.email })}</Success>
        )}
        <TextInput
          label={t('admin.createAccount.email')}
          type="email"
          required
          dir="ltr"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <TextInput
          label={t('admin.createAccount.displayName')}
          required
          dir="auto"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
        />
        <TextInput
          label={t('admin.createAccount.password')}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          dir="ltr"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('admin.createAccount.actor')}
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
          data={[
            { value: '', label: t('admin.createAccount.noActor') },
            ...(actors.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <Checkbox
          label={t('admin.createAccount.isOperator')}
          checked={isOperator}
          onChange={(e) => setIsOperator(e.currentTarget.checked)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('admin.createAccount.submit')}
        </Button>
      </Stack>
    </form>
  );
}
