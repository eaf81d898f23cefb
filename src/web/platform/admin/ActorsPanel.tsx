import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorView } from '../../shared/api/types.ts';
import { FormModal } from '../../shared/components/FormModal.tsx';
import { QueryView } from '../../shared/components/QueryView.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { isolate } from '../../shared/lib/bidi.ts';
import { requiredProblem } from '../../shared/lib/validation.ts';
import { useActors, useEditActor } from '../process-api.ts';
import { AdminRow } from './AdminRow.tsx';
import { SearchableList } from './SearchableList.tsx';

/** The actors known to the platform: found by their name or a member group's, and renamed. */
export function ActorsPanel() {
  const { t } = useTranslation();
  const actors = useActors();
  const edit = useEditActor();
  const [editing, setEditing] = useState<ActorView | null>(null);
  return (
    <>
      <QueryView query={actors}>
        {(data) => (
          <SearchableList
            items={data.actors}
            itemKey={(a) => a.id}
            label={t('admin.actors.search')}
            empty={t('admin.actors.empty')}
            searchable={(a) => [a.name, ...a.members.map((m) => m.name)]}
          >
            {(a) => (
              <AdminRow
                actions={
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={t('admin.actors.editLabel', { name: a.name })}
                    onClick={() => setEditing(a)}
                  >
                    {t('common.edit')}
                  </Button>
                }
              >
                <Text fw={600}>
                  <UserText>{a.name}</UserText>
                </Text>
                <Group gap="xs">
                  <Text size="sm">{t(`vocab.kind.${a.kind}`)}</Text>
                  {a.members.length > 0 && (
                    <Text size="sm" c="dimmed">
                      · {t('admin.actors.members', { count: a.members.length })}
                    </Text>
                  )}
                </Group>
              </AdminRow>
            )}
          </SearchableList>
        )}
      </QueryView>
      <FormModal
        target={editing}
        onClose={() => setEditing(null)}
        title={(a) => t('admin.actors.editTitle', { name: isolate(a.name) })}
        initial={(a) => ({ name: a.name })}
        submitLabel={t('common.save')}
        validate={({ name }) => ({ name: requiredProblem(t, name) })}
        onSubmit={({ name }, a) => edit.mutateAsync({ id: a.id, name })}
      >
        {(values, set, _a, errors) => (
          <TextInput
            label={t('admin.actors.name')}
            required
            dir="auto"
            data-autofocus
            value={values.name}
            error={errors.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
        )}
      </FormModal>
    </>
  );
}
