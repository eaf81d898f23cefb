import { Badge, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, ParticipantView, RoundView } from '../../shared/api/types.ts';
import { may, maySetStance, parties } from '../round.ts';
import { EmptyText } from '../../shared/components/EmptyText.tsx';
import { FitTable } from '../../shared/components/FitTable.tsx';
import { ItemStateBadge } from '../../shared/components/StatusBadge.tsx';
import { UserText } from '../../shared/components/UserText.tsx';
import { ProposeItemForm } from './ProposeItemForm.tsx';
import { StanceCell } from './StanceCell.tsx';
import { StanceModal } from './StanceModal.tsx';

export interface StanceTarget {
  item: AgendaItemView;
  party: ParticipantView;
}

export function AgendaSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<StanceTarget | null>(null);
  const columns = parties(round);
  const editable = new Set(columns.filter((p) => maySetStance(round, p)).map((p) => p.id));

  return (
    <Stack gap="lg">
      <Title order={2}>{t('round.tabs.agenda')}</Title>
      {round.agenda.length === 0 ? (
        <EmptyText>{t('agenda.empty')}</EmptyText>
      ) : (
        <>
          {columns.length === 0 && <EmptyText>{t('agenda.noParties')}</EmptyText>}
          <FitTable
            caption={t('agenda.matrix')}
            minWidth={480 + columns.length * 200}
            withColumnBorders
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agenda.item')}</Table.Th>
                <Table.Th scope="col">{t('agenda.track')}</Table.Th>
                <Table.Th scope="col">{t('agenda.state')}</Table.Th>
                {columns.map((p) => (
                  <Table.Th scope="col" key={p.id}>
                    <UserText>{p.actor.name}</UserText>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {round.agenda.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row">
                    <UserText>{item.title}</UserText>
                  </Table.Th>
                  <Table.Td data-label={t('agenda.track')}>
                    <Badge variant="outline" color="gray">
                      {t(`vocab.track.${item.track}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td data-label={t('agenda.state')}>
                    <ItemStateBadge state={item.state} />
                  </Table.Td>
                  {columns.map((party) => (
                    <Table.Td key={party.id} data-label={party.actor.name}>
                      <StanceCell
                        item={item}
                        party={party}
                        editable={editable.has(party.id)}
                        onEdit={() => setEditing({ item, party })}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </FitTable>
        </>
      )}
      {may(round, 'agenda.propose') && <ProposeItemForm round={round} />}
      <StanceModal round={round} target={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
