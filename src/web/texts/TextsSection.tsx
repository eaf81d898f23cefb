import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { RoundView } from '../shared/api/types.ts';
import { CreateDocumentForm } from './CreateDocumentForm.tsx';
import { DocumentList } from './DocumentList.tsx';
import { DocumentPage } from './DocumentPage.tsx';

/** Sponsors and mediators may hold the pen; the server decides under the document's setting. */
const mayHoldPen = (round: RoundView): boolean =>
  round.viewer.actions.includes('document.create') ||
  round.participants.some(
    (p) =>
      round.viewer.participantIds.includes(p.id) &&
      (p.capacity === 'sponsor' || p.capacity === 'mediator'),
  );

export function TextsSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const documentId = params.get('document');
  const revision = Number(params.get('revision') ?? '') || undefined;

  if (documentId !== null && documentId !== '') {
    return <DocumentPage round={round} documentId={documentId} revision={revision} />;
  }
  return (
    <Stack gap="lg">
      <Title order={2}>{t('round.tabs.texts')}</Title>
      <DocumentList round={round} />
      {mayHoldPen(round) && (
        <Card withBorder maw={720}>
          <CreateDocumentForm round={round} />
        </Card>
      )}
    </Stack>
  );
}
