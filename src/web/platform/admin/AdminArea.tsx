import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppointConvenerForm } from './AppointConvenerForm.tsx';
import { CreateAccountForm } from './CreateAccountForm.tsx';
import { CreateActorForm } from './CreateActorForm.tsx';
import { CreateProcessForm } from './CreateProcessForm.tsx';

export function AdminArea() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="admin-title" gap="md">
      <Title order={2} id="admin-title">
        {t('admin.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CreateProcessForm />
        <CreateActorForm />
        <CreateAccountForm />
        <AppointConvenerForm />
      </SimpleGrid>
    </Stack>
  );
}
