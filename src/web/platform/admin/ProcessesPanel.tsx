import { Anchor, Button, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcessSummary } from '../../shared/api/types.ts';
import { FormModal } from '../../shared/components/FormModal.tsx';
import { QueryView } from '../../shared/components/QueryView.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { isolate } from '../../shared/lib/bidi.ts';
import { requiredProblem } from '../../shared/lib/validation.ts';
import { useEditProcess, useProcesses } from '../process-api.ts';
import { AdminRow } from './AdminRow.tsx';
import { SearchableList } from './SearchableList.tsx';

/** Every process of the platform: found by title or description, and edited. */
export function ProcessesPanel() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const [editing, setEditing] = useState<ProcessSummary | null>(null);
  return (
    <>
      <QueryView query={processes}>
        {(data) => (
          <SearchableList
            items={data.processes}
            itemKey={(p) => p.id}
            label={t('admin.processes.search')}
            empty={t('admin.processes.empty')}
            searchable={(p) => [p.title, p.description]}
          >
            {(p) => (
              <AdminRow
                actions={
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={t('admin.processes.editLabel', { title: p.title })}
                    onClick={() => setEditing(p)}
                  >
                    {t('common.edit')}
                  </Button>
                }
              >
                <Anchor component={Link} to={`/processes/${p.id}`} fw={600}>
                  <UserText>{p.title}</UserText>
                </Anchor>
                {p.description !== '' && (
                  <Text size="sm" lineClamp={2} dir="auto">
                    {p.description}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t('admin.processes.rounds', { count: p.rounds.length })}
                </Text>
              </AdminRow>
            )}
          </SearchableList>
        )}
      </QueryView>
      <EditProcess process={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function EditProcess({
  process,
  onClose,
}: {
  process: ProcessSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const edit = useEditProcess();
  return (
    <FormModal
      target={process}
      onClose={onClose}
      title={(p) => t('admin.processes.editTitle', { title: isolate(p.title) })}
      size="lg"
      initial={(p) => ({ title: p.title, description: p.description })}
      submitLabel={t('common.save')}
      validate={({ title }) => ({ title: requiredProblem(t, title) })}
      onSubmit={(values, p) => edit.mutateAsync({ id: p.id, ...values })}
    >
      {(values, set, _p, errors) => (
        <>
          <TextInput
            label={t('admin.processes.processTitle')}
            required
            dir="auto"
            data-autofocus
            value={values.title}
            error={errors.title}
            onChange={(e) => set('title', e.currentTarget.value)}
          />
          <Textarea
            label={t('admin.processes.description')}
            dir="auto"
            autosize
            minRows={3}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
          />
        </>
      )}
    </FormModal>
  );
}
