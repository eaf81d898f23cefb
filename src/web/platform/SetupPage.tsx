import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { longEnough, NewPasswordInput } from '../shared/components/NewPasswordInput.tsx';
import { useCompleteSetup, useSetupLink } from './auth-api.ts';

function SetupForm({ token, email: fixedEmail }: { token: string; email: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const complete = useCompleteSetup(token);
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!longEnough(password)) return;
    complete.mutate({ email, displayName, password }, { onSuccess: () => void navigate('/') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text>{t('setup.intro')}</Text>
        {complete.isError && <ErrorAlert error={complete.error} />}
        <TextInput
          label={t('setup.email')}
          type="email"
          required
          readOnly={fixedEmail !== null}
          dir="ltr"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <TextInput
          label={t('setup.displayName')}
          required
          dir="auto"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
        />
        <NewPasswordInput
          label={t('setup.password')}
          value={password}
          onChange={setPassword}
          touched={touched}
        />
        <Button type="submit" loading={complete.isPending}>
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The first run: a one-time link from the server's console creates the operator account. */
export function SetupPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const link = useSetupLink(token);
  return (
    <Paper maw={520} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1}>{t('setup.title')}</Title>
        {link.isError ? (
          <Text role="alert">{t('setup.invalid')}</Text>
        ) : (
          <QueryView query={link}>
            {(info) => <SetupForm token={token} email={info.email} />}
          </QueryView>
        )}
      </Stack>
    </Paper>
  );
}
