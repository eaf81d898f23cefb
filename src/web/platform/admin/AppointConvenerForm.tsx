import { Button, NativeSelect, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts, useActors, useAppointConvener, useProcesses } from '../process-api.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { Success } from '../../shared/components/Success.tsx';

export function AppointConvenerForm() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const accounts = useAccounts();
  const actors = useActors();
  const [processId, setProcessId] = useState('');
  const [userId, setUserId] = useState('');
  const [actorId, setActorId] = useState('');
  const appoint = useAppointConvener(processId);

  const choose = { value: '', label: t('common.choose') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (processId === '' || userId === '' || actorId === '') return;
    appoint.mutate({ userId, actorId });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('admin.appoint.title')}</Title>
        {appoint.isError && <ErrorAlert error={appoint.error} />}
        {appoint.isSuccess && <Success>{t('admin.appoint.done')}</Success>}
        <NativeSelect
          label={t('admin.appoint.process')}
          required
          value={processId}
          onChange={(e) => setProcessId(e.currentTarget.value)}
          data={[
            choose,
            ...(processes.data?.processes ?? []).map((p) => ({ value: p.id, label: p.title })),
          ]}
        />
        <NativeSelect
          label={t('admin.appoint.user')}
          required
          value={userId}
          onChange={(e) => setUserId(e.currentTarget.value)}
          data={[
            choose,
            ...(accounts.data?.accounts ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName} <${a.email}>`,
            })),
          ]}
        />
        <NativeSelect
          label={t('admin.appoint.actor')}
          required
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
          data={[
            choose,
            ...(actors.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <Button type="submit" loading={appoint.isPending}>
          {t('admin.appoint.submit')}
        </Button>
      </Stack>
    </form>
  );
}
