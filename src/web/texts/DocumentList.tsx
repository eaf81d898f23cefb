import { Anchor, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocuments, type DocumentSummary } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { EmptyText } from '../shared/components/EmptyText.tsx';
import { QueryView } from '../shared/components/QueryView.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { AdoptedBadge, ProvisionStateBadge } from './badges.tsx';

export function DocumentList({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const documents = useDocuments(round.id);
  return (
    <QueryView query={documents}>
      {(list) =>
        list.length === 0 ? (
          <EmptyText>{t('texts.empty')}</EmptyText>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table withTableBorder verticalSpacing="sm">
              <caption style={{ captionSide: 'top', textAlign: 'start', paddingBlock: 4 }}>
                {t('texts.list')}
              </caption>
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
                  <DocumentRow key={d.id} doc={d} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryView>
  );
}

function DocumentRow({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={`?tab=texts&document=${encodeURIComponent(doc.id)}`}>
          <UserText>{doc.title}</UserText>
        </Anchor>
      </Table.Th>
      <Table.Td>{t(`vocab.textKind.${doc.kind}`)}</Table.Td>
      <Table.Td>
        <UserText>
          {t('texts.revisionLabel', { n: doc.currentRevision, label: doc.revisionLabel })}
        </UserText>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <ProvisionStateBadge state={doc.state} />
          {doc.adopted && <AdoptedBadge />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
