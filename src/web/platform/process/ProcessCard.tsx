import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcessSummary } from '../../shared/api/types.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { RoundList } from './RoundList.tsx';

export function ProcessCard({ process }: { process: ProcessSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={2} size="h3">
          <Anchor component={Link} to={`/processes/${process.id}`}>
            <UserText>{process.title}</UserText>
          </Anchor>
        </Title>
        {process.description !== '' && (
          <Text dir="auto" size="sm">
            {process.description}
          </Text>
        )}
        <Title order={3} size="h5">
          {t('home.rounds')}
        </Title>
        {process.rounds.length === 0 ? (
          <EmptyText>{t('home.noRounds')}</EmptyText>
        ) : (
          <RoundList rounds={process.rounds} />
        )}
      </Stack>
    </Card>
  );
}
