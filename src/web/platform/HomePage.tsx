import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from './auth-api.ts';
import { useProcesses } from './process-api.ts';
import { AdminArea } from './admin/AdminArea.tsx';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { ProcessCard } from './process/ProcessCard.tsx';
import { AttentionList } from './AttentionList.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const processes = useProcesses();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('home.title')}</Title>
      {me.data?.user.isOperator !== true && <AttentionList />}
      <QueryView query={processes}>
        {(data) =>
          data.processes.length === 0 ? (
            <EmptyText>{t('home.empty')}</EmptyText>
          ) : (
            <Stack component="ul" gap="md" p={0} style={{ listStyle: 'none' }}>
              {data.processes.map((p) => (
                <li key={p.id}>
                  <ProcessCard process={p} />
                </li>
              ))}
            </Stack>
          )
        }
      </QueryView>
      {me.data?.user.isOperator === true && <AdminArea />}
    </Stack>
  );
}
