import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api/client.ts';
import { useProposals, type TextViewData, type ProposalData } from './api.ts';
import { participantName } from './model.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { ErrorAlert } from '../shared/components/ErrorAlert.tsx';
import { Loading } from '../shared/components/Loading.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { ProposalActions } from './ProposalActions.tsx';
import { ProposalChange } from './ProposalChange.tsx';

const STATUS_COLORS: Record<ProposalData['status'], string> = {
  pending: 'blue',
  taken_in: 'green',
  stale: 'gray',
  withdrawn: 'gray',
  declined: 'red',
};

export function ProposalsPanel({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const proposals = useProposals(doc.id);
  // Observers may not see proposals at all: the section is simply absent for them.
  if (proposals.isError && proposals.error instanceof ApiError && proposals.error.status === 403) {
    return null;
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="proposals-title">
      <Title order={3} id="proposals-title">
        {t('texts.proposals.title')}
      </Title>
      {proposals.isPending ? (
        <Loading />
      ) : proposals.isError ? (
        <ErrorAlert error={proposals.error} />
      ) : proposals.data.length === 0 ? (
        <EmptyText>{t('texts.proposals.empty')}</EmptyText>
      ) : (
        proposals.data.map((p) => <ProposalCard key={p.id} doc={doc} proposal={p} />)
      )}
    </Stack>
  );
}

export function ProposalCard({ doc, proposal: p }: { doc: TextViewData; proposal: ProposalData }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" className="parley-proposal">
      <Group gap="xs">
        <Text fw={600} size="sm">
          {t(`vocab.operation.${p.operation.op}`)}
        </Text>
        <Badge variant="light" color={STATUS_COLORS[p.status]}>
          {p.status === 'taken_in' && p.takenInRevision !== null
            ? t('texts.proposals.takenIn', { n: p.takenInRevision })
            : t(`texts.proposals.status.${p.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {p.proposerId === null
            ? t('texts.withheld')
            : t('texts.proposals.by', { name: participantName(doc, p.proposerId) })}
          {' · '}
          {t('texts.proposals.basedOn', { n: p.basedOnRevision })}
        </Text>
      </Group>
      <ProposalChange doc={doc} proposal={p} />
      {p.rationale !== '' && (
        <Text size="sm" c="dimmed">
          <UserText>{p.rationale}</UserText>
        </Text>
      )}
      {p.declineReason !== null && p.declineReason !== '' && (
        <Text size="sm">
          {t('texts.proposals.declinedBecause')} <UserText>{p.declineReason}</UserText>
        </Text>
      )}
      <ProposalActions doc={doc} proposal={p} />
    </Card>
  );
}
