import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { RoundView } from '../shared/api/types.ts';
import { CreateTextForm } from './CreateTextForm.tsx';
import { TextList } from './TextList.tsx';
import { TextPage } from './TextPage.tsx';

/** Sponsors and mediators may hold the pen; the server decides under the text's setting. */
const mayHoldPen = (round: RoundView): boolean =>
  round.viewer.actions.includes('text.create') ||
  round.participants.some(
    (p) =>
      round.viewer.participantIds.includes(p.id) &&
      (p.capacity === 'sponsor' || p.capacity === 'mediator'),
  );

export function TextsSection({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const textId = params.get('text');
  const revision = Number(params.get('revision') ?? '') || undefined;

  if (textId !== null && textId !== '') {
    return <TextPage round={round} textId={textId} revision={revision} />;
  }
  return (
    <Stack gap="lg">
      <Title order={2}>{t('round.tabs.texts')}</Title>
      <TextList round={round} />
      {mayHoldPen(round) && <CreateTextForm round={round} />}
    </Stack>
  );
}
