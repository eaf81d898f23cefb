import { Button, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateProcess } from '../process-api.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { Success } from '../../shared/components/Success.tsx';

export function CreateProcessForm() {
  const { t } = useTranslation();
  const create = useCreateProcess();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { title, description },
      {
        onSuccess: () => {
          setTitle('');
          setDescription('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('admin.createProcess.title')}</Title>
        {create.isError && <ErrorAlert error={create.error} />}
        {create.isSuccess && <Success>{t('admin.createProcess.done')}</Success>}
        <TextInput
          label={t('admin.createProcess.processTitle')}
          required
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('admin.createProcess.description')}
          dir="auto"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('admin.createProcess.submit')}
        </Button>
      </Stack>
    </form>
  );
}
