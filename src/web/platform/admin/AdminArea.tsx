import { SimpleGrid, Stack, Tabs, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountsPanel } from './AccountsPanel.tsx';
import { ActorsPanel } from './ActorsPanel.tsx';
import { AppointConvenerForm } from './AppointConvenerForm.tsx';
import { CreateAccountForm } from './CreateAccountForm.tsx';
import { CreateActorForm } from './CreateActorForm.tsx';
import { CreateProcessForm } from './CreateProcessForm.tsx';
import { ProcessesPanel } from './ProcessesPanel.tsx';

const TABS = ['processes', 'actors', 'accounts', 'conveners'] as const;

/** The operator's room: each kind of thing listed, searchable and editable, with its create form. */
export function AdminArea() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="admin-title" gap="md">
      <Title order={2} id="admin-title">
        {t('admin.title')}
      </Title>
      <Tabs defaultValue="processes" keepMounted={false}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`admin.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="processes" pt="md">
          <Panel list={<ProcessesPanel />} form={<CreateProcessForm />} />
        </Tabs.Panel>
        <Tabs.Panel value="actors" pt="md">
          <Panel list={<ActorsPanel />} form={<CreateActorForm />} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <Panel list={<AccountsPanel />} form={<CreateAccountForm />} />
        </Tabs.Panel>
        <Tabs.Panel value="conveners" pt="md">
          <AppointConvenerForm />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The list beside its create form on a wide screen, above it on a phone. */
function Panel({ list, form }: { list: ReactNode; form: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <div>{list}</div>
      <div>{form}</div>
    </SimpleGrid>
  );
}
