import { Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationView, RoundView } from '../../shared/api/types.ts';
import { may } from '../round.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { FitTable } from '../../shared/components/FitTable.tsx';
import { DeclineModal } from './DeclineModal.tsx';
import { InvitationRow } from './InvitationRow.tsx';
import { InviteForm } from './InviteForm.tsx';

export function InvitationsSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState<InvitationView | null>(null);

  return (
    <Stack gap="lg">
      <Title order={2}>{t('round.tabs.invitations')}</Title>
      {round.invitations.length === 0 ? (
        <EmptyText>{t('invitations.empty')}</EmptyText>
      ) : (
        <FitTable caption={t('round.tabs.invitations')} captionHidden minWidth={800}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('invitations.actor')}</Table.Th>
              <Table.Th scope="col">{t('invitations.capacity')}</Table.Th>
              <Table.Th scope="col">{t('invitations.level')}</Table.Th>
              <Table.Th scope="col">{t('invitations.status')}</Table.Th>
              <Table.Th scope="col">{t('invitations.reason')}</Table.Th>
              <Table.Th scope="col">{t('invitations.dates')}</Table.Th>
              <Table.Th scope="col">{t('invitations.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.invitations.map((inv) => (
              <InvitationRow key={inv.id} round={round} invitation={inv} onDecline={setDeclining} />
            ))}
          </Table.Tbody>
        </FitTable>
      )}
      {may(round, 'invitation.create') && <InviteForm round={round} />}
      <DeclineModal round={round} invitation={declining} onClose={() => setDeclining(null)} />
    </Stack>
  );
}
