import { Button, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, type ActorKind } from '../../../core/vocabulary.ts';
import { useCreateActor } from '../process-api.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { Success } from '../../shared/components/Success.tsx';
import { isolate } from '../../shared/lib/bidi.ts';

export function CreateActorForm() {
  const { t } = useTranslation();
  const create = useCreateActor();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('state');
  const [members, setMembers] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const coalitionOf = members
      .split('\n')
      .map((m) => m.trim())
      .filter((m) => m !== '');
    create.mutate(
      { name, kind, coalitionOf },
      {
        onSuccess: () => {
          setName('');
          setMembers('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('admin.createActor.title')}</Title>
        {create.isError && <ErrorAlert error={create.error} />}
        {create.isSuccess && (
          <Success>{t('admin.createActor.done', { name: isolate(create.data.name) })}</Success>
        )}
        <TextInput
          label={t('admin.createActor.name')}
          required
          dir="auto"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('admin.createActor.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ActorKind)}
          data={ACTOR_KINDS.map((k) => ({ value: k, label: t(`vocab.kind.${k}`) }))}
        />
        <Textarea
          label={t('admin.createActor.members')}
          dir="auto"
          autosize
          minRows={3}
          value={members}
          onChange={(e) => setMembers(e.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('admin.createActor.submit')}
        </Button>
      </Stack>
    </form>
  );
}
