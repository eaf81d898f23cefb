import { TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateProcess } from '../process-api.ts';
import { FormCard } from '../../shared/components/FormCard.tsx';

export function CreateProcessForm() {
  const { t } = useTranslation();
  const create = useCreateProcess();
  return (
    <FormCard
      title={t('admin.createProcess.title')}
      initial={() => ({ title: '', description: '' })}
      submitLabel={t('admin.createProcess.submit')}
      onSubmit={(values) => create.mutateAsync(values)}
      reset={['title', 'description']}
      success={() => t('admin.createProcess.done')}
    >
      {({ bind }) => (
        <>
          <TextInput
            label={t('admin.createProcess.processTitle')}
            required
            dir="auto"
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
