import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAccounts, useActors, useAppointConvener, useProcesses } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';
import { requiredProblem } from '../../shared/lib/validation.ts';

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
      validate={({ processId, userId, actorId }) => ({
        processId: requiredProblem(t, processId),
        userId: requiredProblem(t, userId),
        actorId: requiredProblem(t, actorId),
      })}
      onSubmit={({ processId, userId, actorId }) =>
        appoint.mutateAsync({ processId, body: { userId, actorId } })
      }
      success={() => t('admin.appoint.done')}
    >
      {({ bind, errors }) => (
        <>
          <NativeSelect
            label={t('admin.appoint.process')}
            required
            error={errors.processId}
            {...bind('processId')}
            data={[
              choose,
              ...(processes.data?.processes ?? []).map((p) => ({ value: p.id, label: p.title })),
            ]}
          />
          <NativeSelect
            label={t('admin.appoint.user')}
            required
            error={errors.userId}
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
            error={errors.actorId}
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
