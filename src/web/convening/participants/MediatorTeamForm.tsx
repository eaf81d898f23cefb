import { Button, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetMediatorTeam } from '../api.ts';
import type { RoundView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { Success } from '../../shared/components/Success.tsx';

export function MediatorTeamForm({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const save = useSetMediatorTeam(round.id);
  const [selected, setSelected] = useState<string[]>(() =>
    round.participants.filter((p) => p.inMediatorTeam).map((p) => p.id),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(selected);
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3}>{t('participants.mediatorTeamForm.title')}</Title>
        {save.isError && <ErrorAlert error={save.error} />}
        {save.isSuccess && <Success>{t('common.saved')}</Success>}
        <Checkbox.Group
          label={t('participants.mediatorTeam')}
          value={selected}
          onChange={setSelected}
        >
          <Text size="sm" mb="xs">
            {t('participants.mediatorTeamForm.help')}
          </Text>
          <Stack gap={6}>
            {round.participants.map((p) => (
              <Checkbox key={p.id} value={p.id} label={<bdi dir="auto">{p.actor.name}</bdi>} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button type="submit" loading={save.isPending} disabled={selected.length === 0}>
          {t('participants.mediatorTeamForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
