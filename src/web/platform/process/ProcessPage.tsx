import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useProcess } from '../process-api.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { QueryView } from '../../shared/components/QueryView.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { CreateRoundForm } from './CreateRoundForm.tsx';
import { RoundList } from './RoundList.tsx';
import { AttentionList } from '../AttentionList.tsx';

export function ProcessPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const process = useProcess(id);
  return (
    <QueryView query={process}>
      {(p) => (
        <Stack gap="lg">
          <Anchor component={Link} to="/" size="sm">
            {t('app.home')}
          </Anchor>
          <Title order={1}>
            <UserText>{p.title}</UserText>
          </Title>
          {p.description !== '' && <Text dir="auto">{p.description}</Text>}
          <AttentionList processId={p.id} />
          <section aria-labelledby="conveners-title">
            <Title order={2} id="conveners-title" mb="xs">
              {t('process.conveners')}
            </Title>
            {p.conveners.length === 0 ? (
              <EmptyText>{t('process.noConveners')}</EmptyText>
            ) : (
              <List>
                {p.conveners.map((c) => (
                  <List.Item key={`${c.userId}-${c.actorId}`}>
                    <UserText>{c.displayName}</UserText> — <UserText>{c.actorName}</UserText>
                  </List.Item>
                ))}
              </List>
            )}
          </section>
          <section aria-labelledby="rounds-title">
            <Title order={2} id="rounds-title" mb="xs">
              {t('process.rounds')}
            </Title>
            {p.rounds.length === 0 ? (
              <EmptyText>{t('process.noRounds')}</EmptyText>
            ) : (
              <RoundList rounds={p.rounds} />
            )}
          </section>
          {p.canCreateRound && <CreateRoundForm processId={p.id} />}
        </Stack>
      )}
    </QueryView>
  );
}
