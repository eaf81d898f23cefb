import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAccounts, useActors, useAppointConvener, useProcesses } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';

export function AppointConvenerForm() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const accounts = useAccounts();
  const actors = useActors();
  const appoint = useAppointConvener();

  const choose = { value: '', label: t('common.choose') };
  return (
    <FormCard
      title={t('admin.appoint.title')}
      initial={() => ({ processId: '', userId: '', actorId: '' })}
      submitLabel={t('admin.appoint.submit')}
      onSubmit={({ processId, userId, actorId }) => {
        if (processId === '' || userId === '' || actorId === '') return;
        return appoint.mutateAsync({ processId, body: { userId, actorId } });
      }}
      success={() => t('admin.appoint.done')}
    >
      {({ bind }) => (
        <>
          <NativeSelect
            label={t('admin.appoint.process')}
            required
            {...bind('processId')}
            data={[
              choose,
              ...(processes.data?.processes ?? []).map((p) => ({ value: p.id, label: p.title })),
            ]}
          />
          <NativeSelect
            label={t('admin.appoint.user')}
            required
            {...bind('userId')}
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
            {...bind('actorId')}
            data={[
              choose,
              ...(actors.data?.actors ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
        </>
      )}
    </FormCard>
  );
}
