import { Anchor, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTexts, type TextListEntry } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { FitTable } from '../shared/components/FitTable.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { AdoptedBadge, ProvisionStateBadge } from './badges.tsx';

export function TextList({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const texts = useTexts(round.id);
  return (
    <QueryView query={texts}>
      {(list) =>
        list.length === 0 ? (
          <EmptyText>{t('texts.empty')}</EmptyText>
        ) : (
          <FitTable caption={t('texts.list')} minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('texts.titleCol')}</Table.Th>
                <Table.Th scope="col">{t('texts.kindCol')}</Table.Th>
                <Table.Th scope="col">{t('texts.revisionCol')}</Table.Th>
                <Table.Th scope="col">{t('texts.stateCol')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((d) => (
                <TextRow key={d.id} doc={d} />
              ))}
            </Table.Tbody>
          </FitTable>
        )
      }
    </QueryView>
  );
}

function TextRow({ doc }: { doc: TextListEntry }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={`?tab=texts&text=${encodeURIComponent(doc.id)}`}>
          <UserText>{doc.title}</UserText>
        </Anchor>
      </Table.Th>
      <Table.Td data-label={t('texts.kindCol')}>{t(`vocab.textKind.${doc.kind}`)}</Table.Td>
      <Table.Td data-label={t('texts.revisionCol')}>
        <UserText>
          {t('texts.revisionLabel', { n: doc.currentRevision, label: doc.revisionLabel })}
        </UserText>
      </Table.Td>
      <Table.Td data-label={t('texts.stateCol')}>
        <Group gap="xs">
          <ProvisionStateBadge state={doc.state} />
          {doc.adopted && <AdoptedBadge />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
