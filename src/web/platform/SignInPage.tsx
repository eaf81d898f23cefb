import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from './auth-api.ts';
import { errorCode } from '../shared/lib/errors.ts';
import { emailProblem, hasProblems, requiredProblem } from '../shared/lib/validation.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  // Only that a field is empty or not an address: whether the password is right is the server's to say.
  const problems = { email: emailProblem(t, email), password: requiredProblem(t, password) };
  const shown = checked ? problems : { email: null, password: null };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (hasProblems(problems)) return;
    signIn.mutate({ email: email.trim(), password });
  };

  // Failures stay generic on purpose: telling which of email or password was wrong helps guessing.
  // A disabled account is told so only once its password was right, so saying it helps no guesser.
  const code = signIn.isError ? errorCode(signIn.error) : null;
  const failure =
    code === null
      ? null
      : code === 'rate_limited'
        ? t('signIn.rateLimited')
        : code === 'account_disabled'
          ? t('errors.account_disabled')
          : t('signIn.failed');

  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1}>{t('signIn.title')}</Title>
          <Text>{t('signIn.intro')}</Text>
          {failure !== null && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            error={shown.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            dir="ltr"
          />
          <TextInput
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            error={shown.password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            dir="ltr"
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
