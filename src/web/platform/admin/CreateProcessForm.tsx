import { TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateProcess } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';
import { requiredProblem } from '../../shared/lib/validation.ts';

export function CreateProcessForm() {
  const { t } = useTranslation();
  const create = useCreateProcess();
  return (
    <FormCard
      title={t('admin.createProcess.title')}
      initial={() => ({ title: '', description: '' })}
      submitLabel={t('admin.createProcess.submit')}
      validate={({ title }) => ({ title: requiredProblem(t, title) })}
      onSubmit={(values) => create.mutateAsync(values)}
      reset={['title', 'description']}
      success={() => t('admin.createProcess.done')}
    >
      {({ bind, errors }) => (
        <>
          <TextInput
            label={t('admin.createProcess.processTitle')}
            required
            dir="auto"
            error={errors.title}
            {...bind('title')}
          />
          <Textarea
            label={t('admin.createProcess.description')}
            dir="auto"
            autosize
            minRows={2}
            {...bind('description')}
          />
        </>
      )}
    </FormCard>
  );
}
