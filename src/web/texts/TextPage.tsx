import { Alert, Anchor, Badge, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useTextLive } from '../shared/api/live.ts';
import { useText, type TextViewData } from './api.ts';
import type { RoundView } from '../shared/api/types.ts';
import { isolate } from '../shared/lib/bidi.ts';
import { may } from './model.ts';
import { QueryView } from '../shared/components/QueryView.tsx';
import { UserText } from '../shared/components/UserText.tsx';
import { AdoptionPanel } from './AdoptionPanel.tsx';
import { AdoptedBadge, ProvisionStateBadge } from './badges.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { IssueRevisionForm } from './IssueRevisionForm.tsx';
import { LanguageVersions } from './LanguageVersions.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import { ProvisionList } from './ProvisionList.tsx';
import { RedlinePanel } from './RedlinePanel.tsx';

interface Props {
  round: RoundView;
  textId: string;
  revision: number | undefined;
}

export function TextPage({ round, textId, revision }: Props) {
  const { t } = useTranslation();
  const doc = useText(textId, revision);
  useTextLive(textId, round.id);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="?tab=texts">
        {t('texts.back')}
      </Anchor>
      <QueryView query={doc}>{(d) => <TextBody doc={d} />}</QueryView>
    </Stack>
  );
}

function RevisionSelect({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  return (
    <NativeSelect
      label={t('texts.revision')}
      maw={420}
      value={String(doc.revision.number)}
      onChange={(e) => {
        const n = Number(e.currentTarget.value);
        const next: Record<string, string> = { tab: 'texts', text: doc.id };
        if (n !== doc.currentRevision) next.revision = String(n);
        setParams(next);
      }}
      data={doc.revisions.map((r) => ({
        value: String(r.number),
        label: t('texts.revisionLabel', { n: r.number, label: isolate(r.label) }),
      }))}
    />
  );
}

function TextBody({ doc }: { doc: TextViewData }) {
  const { t } = useTranslation();
  const past = doc.revision.number !== doc.currentRevision;
  const frozen = doc.adoption !== null;
  const panelsShown = usePanelsAfterFirstPaint();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2}>
          <UserText>{doc.title}</UserText>
        </Title>
        <Group gap="sm">
          <Badge variant="outline" color="gray">
            {t(`vocab.textKind.${doc.kind}`)}
          </Badge>
          <Text size="sm">
            {t('texts.textState', { state: t(`vocab.provisionState.${doc.state}`) })}
          </Text>
          <ProvisionStateBadge state={doc.state} />
          {doc.adoption?.adoptedAt != null && <AdoptedBadge />}
          <Text size="sm" c="dimmed">
            {t('texts.bracketsLeft', { count: doc.brackets })}
          </Text>
        </Group>
      </Stack>
      <RevisionSelect doc={doc} />
      {past && (
        <Alert color="blue" variant="light">
          {t('texts.pastRevision')}
        </Alert>
      )}
      <ProvisionList doc={doc} editable={!past && !frozen} />
      {panelsShown && (
        <>
          <LanguageVersions doc={doc} />
          <AdoptionPanel doc={doc} past={past} />
          {!past && !frozen && may(doc, 'text.propose') && <ProposeForm doc={doc} />}
          <ProposalsPanel doc={doc} />
          {!past && !frozen && doc.viewer.penholder && <IssueRevisionForm doc={doc} />}
          <RedlinePanel doc={doc} />
          <ExportLinks doc={doc} />
        </>
      )}
    </Stack>
  );
}

/**
 * The text first, the working panels right after: a long text's provisions reach the screen
 * without waiting for the forms and lists below them to render.
 */
function usePanelsAfterFirstPaint(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setShown(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return shown;
}
