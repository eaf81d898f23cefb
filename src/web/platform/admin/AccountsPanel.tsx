import { Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../shared/api/types.ts';
import { ErrorAlert } from '../../shared/components/ErrorAlert.tsx';
import { FormModal } from '../../shared/components/FormModal.tsx';
import { QueryView } from '../../shared/components/QueryView.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { isolate } from '../../shared/lib/bidi.ts';
import { requiredProblem } from '../../shared/lib/validation.ts';
import { useMe } from '../auth-api.ts';
import {
  useAccounts,
  useActors,
  useDisableAccount,
  useEditAccount,
  useEnableAccount,
} from '../process-api.ts';
import { AdminRow } from './AdminRow.tsx';
import { SearchableList } from './SearchableList.tsx';

/** The platform's accounts: found by name or email, renamed, disabled and enabled again. */
export function AccountsPanel() {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const actors = useActors();
  const [editing, setEditing] = useState<AccountView | null>(null);
  const [disabling, setDisabling] = useState<AccountView | null>(null);
  const edit = useEditAccount();
  const disable = useDisableAccount();
  const actorName = (id: string | null) =>
    actors.data?.actors.find((a) => a.id === id)?.name ?? null;

  return (
    <>
      <QueryView query={accounts}>
        {(data) => (
          <SearchableList
            items={data.accounts}
            itemKey={(a) => a.id}
            label={t('admin.accounts.search')}
            empty={t('admin.accounts.empty')}
            searchable={(a) => [a.displayName, a.email, actorName(a.actorId) ?? '']}
          >
            {(a) => (
              <AccountRow
                account={a}
                actor={actorName(a.actorId)}
                onEdit={setEditing}
                onDisable={setDisabling}
              />
            )}
          </SearchableList>
        )}
      </QueryView>
      <FormModal
        target={editing}
        onClose={() => setEditing(null)}
        title={(a) => t('admin.accounts.editTitle', { email: isolate(a.email) })}
        initial={(a) => ({ displayName: a.displayName })}
        submitLabel={t('common.save')}
        validate={({ displayName }) => ({ displayName: requiredProblem(t, displayName) })}
        onSubmit={({ displayName }, a) => edit.mutateAsync({ id: a.id, displayName })}
      >
        {(values, set, _a, errors) => (
          <TextInput
            label={t('admin.accounts.displayName')}
            required
            dir="auto"
            data-autofocus
            value={values.displayName}
            error={errors.displayName}
            onChange={(e) => set('displayName', e.currentTarget.value)}
          />
        )}
      </FormModal>
      <FormModal
        target={disabling}
        onClose={() => setDisabling(null)}
        title={(a) => t('admin.accounts.disableTitle', { name: isolate(a.displayName) })}
        initial={() => ({})}
        submitLabel={t('admin.accounts.disableSubmit')}
        submitColor="red"
        onSubmit={(_v, a) => disable.mutateAsync(a.id)}
      >
        {(_v, _set, a) => (
          <Text size="sm">{t('admin.accounts.disableBody', { name: isolate(a.displayName) })}</Text>
        )}
      </FormModal>
    </>
  );
}

interface RowProps {
  account: AccountView;
  actor: string | null;
  onEdit: (account: AccountView) => void;
  onDisable: (account: AccountView) => void;
}

function AccountRow({ account: a, actor, onEdit, onDisable }: RowProps) {
  const { t } = useTranslation();
  const me = useMe();
  const enable = useEnableAccount();
  const own = me.data?.user.id === a.id;
  const name = a.displayName;
  return (
    <AdminRow
      actions={
        <>
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('admin.accounts.editLabel', { name })}
            onClick={() => onEdit(a)}
          >
            {t('common.edit')}
          </Button>
          {a.disabled ? (
            <Button
              size="compact-sm"
              variant="light"
              color="teal"
              aria-label={t('admin.accounts.enableLabel', { name })}
              loading={enable.isPending}
              onClick={() => enable.mutate(a.id)}
            >
              {t('admin.accounts.enable')}
            </Button>
          ) : (
            !own && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={t('admin.accounts.disableLabel', { name })}
                onClick={() => onDisable(a)}
              >
                {t('admin.accounts.disable')}
              </Button>
            )
          )}
        </>
      }
    >
      <Group gap="xs">
        <Text fw={600}>
          <UserText>{name}</UserText>
        </Text>
        {own && <Badge variant="light">{t('admin.accounts.you')}</Badge>}
        {a.isOperator && (
          <Badge variant="filled" color="grape">
            {t('account.operator')}
          </Badge>
        )}
        {a.disabled && (
          <Badge variant="filled" color="red">
            {t('admin.accounts.disabled')}
          </Badge>
        )}
      </Group>
      {/* An address reads left to right, yet sits on the page's own side. */}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        <bdi dir="ltr">{a.email}</bdi>
      </Text>
      {actor !== null && (
        <Text size="sm" c="dimmed">
          {t('admin.accounts.focalPoint', { actor: isolate(actor) })}
        </Text>
      )}
      {enable.isError && <ErrorAlert error={enable.error} />}
    </AdminRow>
  );
}
