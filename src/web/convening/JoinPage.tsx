import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useAcceptMemberInvite, useMemberInvite } from '../platform/index.ts';
import type { MemberInviteInfoView } from '../shared/api/types.ts';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { longEnough, NewPasswordInput } from '../shared/components/NewPasswordInput.tsx';
import { isolate } from '../shared/lib/bidi.ts';

function JoinForm({ token, info }: { token: string; info: MemberInviteInfoView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptMemberInvite(token);
  const [displayName, setDisplayName] = useState(info.displayName);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!longEnough(password)) return;
    accept.mutate({ displayName, password }, { onSuccess: () => void navigate('/') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text>
          {t('join.intro', {
            actor: isolate(info.actorName),
            round: isolate(info.roundTitle),
            role: t(`vocab.role.${info.role}`),
          })}
        </Text>
        {info.existingAccount && <Text>{t('join.existing')}</Text>}
        {accept.isError && <ErrorAlert error={accept.error} />}
        <TextInput label={t('join.email')} value={info.email} readOnly dir="ltr" />
        <TextInput
          label={t('join.displayName')}
          required
          dir="auto"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
        />
        <NewPasswordInput
          label={t('join.password')}
          autoComplete={info.existingAccount ? 'current-password' : 'new-password'}
          value={password}
          onChange={setPassword}
          touched={touched}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('join.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export function JoinPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invite = useMemberInvite(token);
  return (
    <Paper maw={520} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={1}>{t('join.title')}</Title>
        <QueryView query={invite}>{(info) => <JoinForm token={token} info={info} />}</QueryView>
      </Stack>
    </Paper>
  );
}
